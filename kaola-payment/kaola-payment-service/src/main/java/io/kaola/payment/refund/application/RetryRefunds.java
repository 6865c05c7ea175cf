package io.kaola.payment.refund.application;

import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.config.PaymentProperties;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The safety net of refunds, run every {@code kaola.payment.refund-retry-every} (config: RefundRetryScheduling): PENDING
 * refunds the provider has not acknowledged, requested more than {@code kaola.payment.refund-retry-after} ago (the
 * provider was down, or this process stopped between the commit and the call), are asked of the provider again — it
 * is idempotent on refundNo; and payments with a refund due but no refund yet (the automatic refund failed) are
 * refunded. Each instance runs it; every step is idempotent.
 */
@Service
public class RetryRefunds {
    /** Most refunds (and refunds due) handled per run. */
    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(RetryRefunds.class);

    private final RefundRepository refunds;
    private final PaymentRepository payments;
    private final RequestRefund requestRefund;
    private final RefundWhatIsDue refundsDue;
    private final PaymentProperties properties;
    private final Clock clock;

    public RetryRefunds(RefundRepository refunds, PaymentRepository payments, RequestRefund requestRefund,
                        RefundWhatIsDue refundsDue, PaymentProperties properties, Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.requestRefund = requestRefund;
        this.refundsDue = refundsDue;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One run; a failure of one refund is logged and tried again at the next run.
     *
     * @return how many refunds were asked of the provider again plus how many refunds due were requested
     */
    public int retry() {
        Instant before = clock.instant().minus(properties.refundRetryAfter());
        List<Refund> waiting = refunds.awaitingProvider(before, BATCH);
        for (Refund refund : waiting) {
            try {
                Refund now = requestRefund.askProvider(refund);
                log.info("refund {} asked of {} again: {}{}", refund.refundNo(), refund.provider(), now.status(),
                        now.providerAckedAt() == null ? " (not acknowledged)" : "");
            } catch (RuntimeException e) {
                log.warn("retry of refund {} failed, tried again later: {}", refund.refundNo(), e.toString());
            }
        }
        List<String> due = refunds.paymentsDueWithoutRefund(before, BATCH);
        due.forEach(paymentNo -> payments.find(paymentNo).ifPresent(refundsDue::refundDueRecorded));
        return waiting.size() + due.size();
    }
}
