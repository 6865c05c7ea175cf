package io.kaola.payment.charge.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Payments whose money must be refunded. Each one recorded is then refunded in full automatically by the
 * {@link RefundDueListener} (the refunds feature: idempotency key {@code due:<paymentNo>}, outside any transaction;
 * the refund retry job asks again should that fail); ops see them here and the refunds at /api/admin/refunds
 * (docs/payments.md).
 */
@Service
public class RefundsDue {
    private static final Logger log = LoggerFactory.getLogger(RefundsDue.class);

    private final PaymentRepository payments;
    private final Clock clock;
    private final RefundDueListener refunds;

    public RefundsDue(PaymentRepository payments, Clock clock, RefundDueListener refunds) {
        this.payments = payments;
        this.clock = clock;
        this.refunds = refunds;
    }

    /**
     * Records a refund due; idempotent (the first reason and time recorded stay). Then, also on a repeat (the refund is
     * idempotent on its key), the payment is refunded in full; a failure there is left to the retry job.
     *
     * @param paymentNo the payment
     * @param reason    why its money must go back
     * @return the payment as a refund due
     * @throws KaolaException COMMON_INVALID_REQUEST (no paymentNo or reason), PAYMENT_NOT_FOUND
     */
    public RefundDueView record(String paymentNo, RefundDueReason reason) {
        if (paymentNo == null || paymentNo.isBlank() || reason == null) {
            throw CommonError.INVALID_REQUEST.exception("paymentNo and reason are required");
        }
        PaymentOrder payment = payments.find(paymentNo)
                .orElseThrow(() -> PaymentError.NOT_FOUND.exception("no payment " + paymentNo));
        if (payments.markRefundDue(paymentNo, reason, clock.instant().truncatedTo(ChronoUnit.MILLIS), null)) {
            log.warn("refund due recorded: payment {} ({} {}) of order {}: {}", paymentNo, payment.amount(),
                    payment.provider(), payment.orderNo(), reason);
        }
        PaymentOrder due = payments.find(paymentNo).orElseThrow();
        refunds.refundDueRecorded(due);
        return view(due);
    }

    /** @return payments with a refund due, newest first */
    public Page<RefundDueView> list(PageRequest page) { return payments.findRefundsDue(page, RefundsDue::view); }

    /** @return the payment as a refund due (reason and time null when none is recorded) */
    public static RefundDueView view(PaymentOrder p) {
        return new RefundDueView(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount(), p.status(), p.provider(),
                p.providerTxnId(), p.refundDueReason(), p.refundDueAt());
    }
}
