package io.kaola.payment.payment.application;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.payment.domain.HmacSha256;
import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.domain.PaymentTransition;
import io.kaola.payment.payment.domain.ProviderPayment;
import io.kaola.payment.payment.infrastructure.NotificationParser;
import io.kaola.payment.payment.infrastructure.PaymentRepository;
import io.kaola.payment.payment.infrastructure.PaymentSucceededTransactions;
import io.kaola.payment.payment.infrastructure.ProviderKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;

/**
 * A provider's notification that it took the money: verify, check against the payment, then record it and
 * publish PaymentSucceeded atomically (transactional message whose local transaction is
 * {@link RecordPaymentOutcome}). Deliberately not @Transactional: the message is never sent inside a
 * database transaction. When the provider reports that the payer is not the buyer (certCheckResult
 * DIFFERENT), the payment FAILS instead ({@link RecordPaymentOutcome}, one transaction, no message): a
 * cross-border order must be paid by its verified buyer (docs/cross-border.md §3).
 */
@Service
public class AcceptNotification {
    private static final Logger log = LoggerFactory.getLogger(AcceptNotification.class);

    private final ProviderKeys keys;
    private final NotificationParser parser;
    private final PaymentRepository payments;
    private final RecordPaymentOutcome outcomes;
    private final PaymentSucceededTransactions messages;

    public AcceptNotification(ProviderKeys keys, NotificationParser parser, PaymentRepository payments,
                              RecordPaymentOutcome outcomes,
                              PaymentSucceededTransactions messages) {
        this.keys = keys;
        this.parser = parser;
        this.payments = payments;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    /**
     * Checks, in this order and before writing anything: signature over the exact UTF-8 body bytes,
     * body format, payment exists at that provider, amount and currency equal the payment's.
     * A repeat (same provider transaction, or the payment no longer PENDING) changes nothing and sends nothing.
     * certCheckResult DIFFERENT: the payment becomes FAILED with failure code CROSSBORDER_PAYER_NOT_BUYER and no
     * message is sent; the order stays unpaid and a new payment may be created for it.
     *
     * @return the payment's status after the notification (SUCCEEDED or FAILED), duplicate=true for a repeat
     * @throws KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_NOT_FOUND,
     *         PAYMENT_AMOUNT_MISMATCH, COMMON_SERVICE_UNAVAILABLE (broker down: nothing recorded, retry)
     */
    public NotificationResult accept(ProviderNotification notification) {
        String provider = notification.provider();
        byte[] key = keys.keyFor(provider).orElseThrow(() ->
                PaymentError.BAD_SIGNATURE.exception("no key for provider " + provider));
        String body = notification.body();
        if (body == null || !HmacSha256.verifyHex(key, body.getBytes(StandardCharsets.UTF_8), notification.signature())) {
            log.warn("notification from {} refused: signature does not match the body", provider);
            throw PaymentError.BAD_SIGNATURE.exception("signature does not match the body");
        }
        ProviderPayment paid = parser.parse(body);
        PaymentOrder payment = payments.find(paid.paymentNo())
                .filter(p -> p.provider().equals(provider))
                .orElseThrow(() -> PaymentError.NOT_FOUND.exception("no payment " + paid.paymentNo() + " at " + provider));
        if (!payment.isSettledBy(paid)) {
            log.warn("notification {} for payment {} refused: notified {}, payment is {}", paid.providerTxnId(),
                    payment.paymentNo(), paid.amount(), payment.amount());
            throw PaymentError.AMOUNT_MISMATCH.exception(
                    "notified " + paid.amount() + " but payment " + payment.paymentNo() + " is for " + payment.amount());
        }
        if (!payment.isPending() || payments.isNotificationRecorded(provider, paid.providerTxnId())) {
            return duplicate(payment, paid);
        }
        if (paid.isByAnotherPayer()) return failPaidByAnother(payment, paid, provider, body);
        PaymentOrder succeeded = payment.succeed(paid);
        PaymentSucceeded event = new PaymentSucceeded(succeeded.paymentNo(), succeeded.orderNo(), succeeded.buyerId(),
                succeeded.amount(), succeeded.providerTxnId(), succeeded.succeededAt());
        boolean recorded = messages.send(event, () -> outcomes.record(PaymentTransition.SUCCEED, payment, succeeded, provider, body));
        if (!recorded) {   // lost a race with the same or another notification of this payment
            return duplicate(payments.find(payment.paymentNo()).orElse(payment), paid);
        }
        log.info("payment {} SUCCEEDED by {} {} for order {}", succeeded.paymentNo(), provider,
                succeeded.providerTxnId(), succeeded.orderNo());
        return new NotificationResult(succeeded.paymentNo(), false, succeeded.status());
    }

    private NotificationResult failPaidByAnother(PaymentOrder payment, ProviderPayment paid, String provider,
                                                 String body) {
        PaymentOrder failed = payment.fail(paid, CrossBorderError.PAYER_NOT_BUYER.code());
        if (!outcomes.record(PaymentTransition.FAIL, payment, failed, provider, body)) {   // lost a race with another notification
            return duplicate(payments.find(payment.paymentNo()).orElse(payment), paid);
        }
        // the provider took the money from someone who is not the buyer: it must go back to them
        log.warn("payment {} FAILED ({}): the payer is not the verified buyer of order {}; refund needed for {} {}",
                failed.paymentNo(), failed.failureCode(), failed.orderNo(), provider, failed.providerTxnId());
        return new NotificationResult(failed.paymentNo(), false, failed.status());
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
