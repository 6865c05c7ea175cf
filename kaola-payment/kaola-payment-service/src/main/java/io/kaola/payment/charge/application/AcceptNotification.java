package io.kaola.payment.charge.application;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.PaymentTransition;
import io.kaola.payment.charge.domain.ProviderPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * A provider's notification that it took the money: its adapter verifies it, then it is checked against the
 * payment, recorded and PaymentSucceeded published atomically (transactional message whose local transaction is
 * {@link RecordPaymentOutcome}). Deliberately not @Transactional: the message is never sent inside a database
 * transaction. When the provider reports that the payer is not the buyer (certCheckResult DIFFERENT), the payment
 * FAILS instead and its money is recorded as a refund due (one transaction, no message): a cross-border order must
 * be paid by its verified buyer (docs/cross-border.md §3). Money taken for a payment we CLOSED is recorded as a
 * refund due too (no message: the order was cancelled). Each refund due is then refunded in full, after the commit
 * ({@link RefundDueListener}).
 */
@Service
public class AcceptNotification {
    private static final Logger log = LoggerFactory.getLogger(AcceptNotification.class);

    private final PaymentProviders providers;
    private final PaymentRepository payments;
    private final RecordPaymentOutcome outcomes;
    private final PaymentSucceededPublisher messages;
    private final Clock clock;
    private final RefundDueListener refundsDue;

    public AcceptNotification(PaymentProviders providers, PaymentRepository payments, RecordPaymentOutcome outcomes,
                              PaymentSucceededPublisher messages, Clock clock, RefundDueListener refundsDue) {
        this.providers = providers;
        this.payments = payments;
        this.outcomes = outcomes;
        this.messages = messages;
        this.clock = clock;
        this.refundsDue = refundsDue;
    }

    /**
     * Checks, in this order and before writing anything: the provider's adapter verifies the notification (its
     * signature over the exact bytes) and reads it, the payment exists at that provider, amount and currency equal
     * the payment's. A repeat (same provider transaction, or the payment no longer PENDING) changes nothing and
     * sends nothing. certCheckResult DIFFERENT: the payment becomes FAILED with failure code
     * CROSSBORDER_PAYER_NOT_BUYER and refund due PAYER_NOT_BUYER, no message; the order stays unpaid and a new
     * payment may be created for it. A CLOSED payment: the notification is recorded with refund due PAYMENT_CLOSED.
     *
     * @return the payment's status after the notification (SUCCEEDED, FAILED or CLOSED), duplicate=true for a repeat
     * @throws KaolaException PAYMENT_BAD_SIGNATURE (also for a provider not configured here),
     *         PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH,
     *         COMMON_SERVICE_UNAVAILABLE (broker down: nothing recorded, retry)
     */
    public NotificationResult accept(ProviderNotification notification) {
        String provider = notification.provider();
        PaymentProviderAdapter adapter = providers.find(provider).orElseThrow(() -> {
            log.warn("notification refused: no payment provider {} is configured", provider);
            return PaymentError.BAD_SIGNATURE.exception("no payment provider " + provider + " is configured to verify it");
        });
        return apply(provider, adapter.verifyNotification(notification), notification.body());
    }

    /**
     * The one path a provider's word on a payment takes, whether it came by notification ({@link #accept}) or by
     * reconciliation (the adapter's query of a payment the provider took and never notified): the same checks,
     * records and PaymentSucceeded transactional message as {@link #accept} describes.
     *
     * @param provider the provider (as configured)
     * @param paid     what the provider states, verified (a signed notification, or its authenticated query API)
     * @param body     what to record as the notification: the body received, or a description of where the
     *                 state came from (never an identity number)
     * @return as {@link #accept}
     * @throws KaolaException PAYMENT_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH, COMMON_SERVICE_UNAVAILABLE
     */
    public NotificationResult apply(String provider, ProviderPayment paid, String body) {
        PaymentOrder payment = payments.find(paid.paymentNo())
                .filter(p -> p.provider().equals(provider))
                .orElseThrow(() -> PaymentError.NOT_FOUND.exception("no payment " + paid.paymentNo() + " at " + provider));
        if (!payment.isSettledBy(paid)) {
            log.warn("notification {} for payment {} refused: notified {}, payment is {}", paid.providerTxnId(),
                    payment.paymentNo(), paid.amount(), payment.amount());
            throw PaymentError.AMOUNT_MISMATCH.exception(
                    "notified " + paid.amount() + " but payment " + payment.paymentNo() + " is for " + payment.amount());
        }
        if (payments.isNotificationRecorded(provider, paid.providerTxnId())) return duplicate(payment, paid);
        PaymentTransition move = paid.isByAnotherPayer() ? PaymentTransition.FAIL : PaymentTransition.SUCCEED;
        Step<PaymentStatus> step = payment.decide(move);
        if (step.refused()) throw step.exception();
        if (step.stays()) {   // decided already (PaymentTransition.LIFECYCLE): the notification changes no status
            return payment.status() == PaymentStatus.CLOSED ? paidAfterClose(payment, paid, provider, body)
                    : duplicate(payment, paid);
        }
        if (move == PaymentTransition.FAIL) return failPaidByAnother(payment, paid, provider, body);
        PaymentOrder succeeded = payment.succeed(paid);
        PaymentSucceeded event = new PaymentSucceeded(succeeded.paymentNo(), succeeded.orderNo(), succeeded.buyerId(),
                succeeded.amount(), succeeded.providerTxnId(), succeeded.succeededAt());
        boolean recorded = messages.send(event, () -> outcomes.record(payment, succeeded, provider, body));
        if (!recorded) {   // lost a race with the same or another notification of this payment, or with its close
            return raced(payment, paid, provider, body);
        }
        log.info("payment {} SUCCEEDED by {} {} for order {}", succeeded.paymentNo(), provider,
                succeeded.providerTxnId(), succeeded.orderNo());
        return new NotificationResult(succeeded.paymentNo(), false, succeeded.status());
    }

    private NotificationResult failPaidByAnother(PaymentOrder payment, ProviderPayment paid, String provider,
                                                 String body) {
        PaymentOrder failed = payment.fail(paid, CrossBorderError.PAYER_NOT_BUYER.code(), RefundDueReason.PAYER_NOT_BUYER,
                clock.instant());
        if (!outcomes.record(payment, failed, provider, body)) {
            return raced(payment, paid, provider, body);
        }
        // the provider took the money from someone who is not the buyer: it must go back to them
        log.warn("payment {} FAILED ({}): the payer is not the verified buyer of order {}; refund due recorded for {} {}",
                failed.paymentNo(), failed.failureCode(), failed.orderNo(), provider, failed.providerTxnId());
        payments.find(failed.paymentNo()).ifPresent(refundsDue::refundDueRecorded);
        return new NotificationResult(failed.paymentNo(), false, failed.status());
    }

    private NotificationResult paidAfterClose(PaymentOrder payment, ProviderPayment paid, String provider, String body) {
        if (!outcomes.recordPaidAfterClose(payment, paid, provider, body)) {   // the same notification, concurrently
            return duplicate(payments.find(payment.paymentNo()).orElse(payment), paid);
        }
        log.warn("payment {} of order {} is CLOSED but {} took {} ({}): refund due recorded", payment.paymentNo(),
                payment.orderNo(), provider, paid.amount(), paid.providerTxnId());
        payments.find(payment.paymentNo()).ifPresent(refundsDue::refundDueRecorded);
        return new NotificationResult(payment.paymentNo(), false, PaymentStatus.CLOSED);
    }

    /** The guarded write found the payment moved: a duplicate, unless it was closed meanwhile. */
    private NotificationResult raced(PaymentOrder payment, ProviderPayment paid, String provider, String body) {
        PaymentOrder now = payments.find(payment.paymentNo()).orElse(payment);
        if (now.status() == PaymentStatus.CLOSED && !payments.isNotificationRecorded(provider, paid.providerTxnId())) {
            return paidAfterClose(now, paid, provider, body);
        }
        return duplicate(now, paid);
    }

    private static NotificationResult duplicate(PaymentOrder payment, ProviderPayment paid) {
        if (payment.providerTxnId() != null && !payment.providerTxnId().equals(paid.providerTxnId())) {
            // two provider transactions for one payment: the shopper may have paid twice; ops must refund one
            log.warn("payment {} already {} by {}, notified again by another transaction {}",
                    payment.paymentNo(), payment.status(), payment.providerTxnId(), paid.providerTxnId());
        }
        return new NotificationResult(payment.paymentNo(), true, payment.status());
    }
}
