package io.kaola.payment.refund.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.charge.application.RefundDueListener;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.refund.domain.Refund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Money that must go back is refunded automatically (issue 12: "a late payment on an order already CLOSED is refunded
 * in full automatically"): each refund due recorded (PAYER_NOT_BUYER, PAYMENT_CLOSED, ORDER_CLOSED,
 * ORDER_PAID_TWICE) requests a full refund of the payment, key {@code due:<paymentNo>}. Never throws: a failure is
 * logged and {@link RetryRefunds} requests it again.
 */
@Component
public class RefundWhatIsDue implements RefundDueListener {
    private static final Logger log = LoggerFactory.getLogger(RefundWhatIsDue.class);

    private final RequestRefund requestRefund;

    public RefundWhatIsDue(RequestRefund requestRefund) { this.requestRefund = requestRefund; }

    @Override
    public void refundDueRecorded(PaymentOrder payment) {
        if (!payment.isRefundDue() || !payment.tookMoney()) return;
        try {
            Refund refund = requestRefund.forRefundDue(payment);
            log.info("refund due of payment {} ({}): refund {} {}", payment.paymentNo(), payment.refundDueReason(),
                    refund.refundNo(), refund.status());
        } catch (KaolaException e) {
            log.warn("refund due of payment {} not refunded automatically: {} {}", payment.paymentNo(), e.code(),
                    e.getMessage());
        } catch (RuntimeException e) {
            log.warn("refund due of payment {} not refunded yet ({}); the retry job asks again", payment.paymentNo(),
                    e.toString());
        }
    }
}
