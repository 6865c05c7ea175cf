package io.kaola.payment.refund.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.application.PaymentProviders;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.ProviderRefundNotice;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import io.kaola.payment.refund.domain.RefundTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A provider's refund notification: its adapter verifies it, then it is checked against the refund and decided by
 * {@link RefundTransition#LIFECYCLE}. SUCCEEDED: the notification record and the guarded move PENDING → SUCCEEDED in
 * one transaction, the local transaction of a RefundSucceeded transactional message ({@link RecordRefundOutcome}).
 * FAILED: record and move, no message, logged WARN (ops list FAILED refunds: the amount is refundable again).
 * Deliberately not @Transactional: the message is never sent inside a database transaction.
 */
@Service
public class AcceptRefundNotification {
    private static final Logger log = LoggerFactory.getLogger(AcceptRefundNotification.class);

    private final PaymentProviders providers;
    private final RefundRepository refunds;
    private final PaymentRepository payments;
    private final RecordRefundOutcome outcomes;

    public AcceptRefundNotification(PaymentProviders providers, RefundRepository refunds, PaymentRepository payments,
                                    RecordRefundOutcome outcomes) {
        this.providers = providers;
        this.refunds = refunds;
        this.payments = payments;
        this.outcomes = outcomes;
    }

    /**
     * Checks, in this order and before writing anything: the adapter verifies the notification (signature over the
     * exact bytes) and reads it, the refund exists at that provider, the amount equals the refund's. A repeat (or a
     * notification that finds the refund decided) changes nothing and sends nothing.
     *
     * @return the refunded payment's number and status; duplicate=true for a repeat
     * @throws KaolaException PAYMENT_BAD_SIGNATURE (also for a provider not configured here),
     *         PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_REFUND_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH,
     *         COMMON_SERVICE_UNAVAILABLE (broker down: nothing recorded, retry)
     */
    public NotificationResult accept(ProviderNotification notification) {
        String provider = notification.provider();
        PaymentProviderAdapter adapter = providers.find(provider).orElseThrow(() -> {
            log.warn("refund notification refused: no payment provider {} is configured", provider);
            return PaymentError.BAD_SIGNATURE.exception("no payment provider " + provider + " is configured to verify it");
        });
        return apply(provider, adapter.verifyRefundNotification(notification), notification.body());
    }

    /**
     * The one path a provider's word on a refund takes, whether it came by refund notification ({@link #accept}) or by
     * reconciliation (a refund on the provider's statement whose notification never arrived): the same checks,
     * records and RefundSucceeded transactional message as {@link #accept} describes.
     *
     * @param provider the provider (as configured)
     * @param notice   what the provider states, verified (a signed notification, or its authenticated statement)
     * @param body     what to record as the notification: the body received, or where the state came from
     * @return as {@link #accept}
     * @throws KaolaException PAYMENT_REFUND_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH, COMMON_SERVICE_UNAVAILABLE
     */
    public NotificationResult apply(String provider, ProviderRefundNotice notice, String body) {
        Refund refund = refunds.find(notice.refundNo())
                .filter(r -> r.provider().equals(provider))
                .orElseThrow(() -> PaymentError.REFUND_NOT_FOUND.exception("no refund " + notice.refundNo() + " at " + provider));
        if (!refund.amount().equals(notice.amount())) {
            log.warn("refund notification {} for refund {} refused: notified {}, refund is {}", notice.providerRefundId(),
                    refund.refundNo(), notice.amount(), refund.amount());
            throw PaymentError.AMOUNT_MISMATCH.exception(
                    "notified " + notice.amount() + " but refund " + refund.refundNo() + " is for " + refund.amount());
        }
        boolean succeeded = notice.outcome() == ProviderRefundNotice.Outcome.SUCCEEDED;
        Step<RefundStatus> step = refund.decide(succeeded ? RefundTransition.SUCCEED : RefundTransition.FAIL);
        if (step.refused()) throw step.exception();
        if (step.stays()) return result(refund, true);   // decided already: a repeat or a late other outcome
        String outcome = notice.outcome().name();
        if (succeeded) {
            Refund after = refund.succeed(notice.providerRefundId(), notice.at());
            if (!outcomes.succeed(refund, after, provider, outcome, body)) return raced(refund);
            log.info("refund {} of {} on payment {} (order {}) SUCCEEDED at {} ({})", after.refundNo(), after.amount(),
                    after.paymentNo(), after.orderNo(), provider, after.providerRefundId());
            return result(after, false);
        }
        Refund after = refund.fail(notice.providerRefundId(), notice.failureReason(), notice.at());
        if (!outcomes.fail(refund, after, provider, outcome, body)) return raced(refund);
        log.warn("refund {} of {} on payment {} (order {}) FAILED at {}: {}; the amount is refundable again (ops: GET"
                        + " /api/admin/refunds?status=FAILED)", after.refundNo(), after.amount(), after.paymentNo(),
                after.orderNo(), provider, after.failureReason());
        return result(after, false);
    }

    /** The guarded write lost to the same (or another) notification: nothing changed. */
    private NotificationResult raced(Refund refund) { return result(refunds.find(refund.refundNo()).orElse(refund), true); }

    private NotificationResult result(Refund refund, boolean duplicate) {
        PaymentStatus status = payments.find(refund.paymentNo()).map(PaymentOrder::status).orElse(null);
        return new NotificationResult(refund.paymentNo(), duplicate, status);
    }
}
