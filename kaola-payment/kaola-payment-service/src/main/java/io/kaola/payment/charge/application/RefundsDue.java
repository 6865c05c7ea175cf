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
 * Payments whose money must be refunded. Recorded, not refunded: refunds are made by ops at the provider from this
 * list until the refunds work automates them (docs/payments.md).
 */
@Service
public class RefundsDue {
    private static final Logger log = LoggerFactory.getLogger(RefundsDue.class);

    private final PaymentRepository payments;
    private final Clock clock;

    public RefundsDue(PaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Records a refund due; idempotent (the first reason and time recorded stay).
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
        return view(payments.find(paymentNo).orElseThrow());
    }

    /** @return payments with a refund due, newest first */
    public Page<RefundDueView> list(PageRequest page) { return payments.findRefundsDue(page, RefundsDue::view); }

    /** @return the payment as a refund due (reason and time null when none is recorded) */
    public static RefundDueView view(PaymentOrder p) {
        return new RefundDueView(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount(), p.status(), p.provider(),
                p.providerTxnId(), p.refundDueReason(), p.refundDueAt());
    }
}
