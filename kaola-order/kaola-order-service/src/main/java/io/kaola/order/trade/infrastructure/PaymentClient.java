package io.kaola.order.trade.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * kaola-payment over Dubbo, for cancelling and for payments that arrive too late. Both calls are idempotent, so
 * Dubbo retries them.
 */
@Component
public class PaymentClient {

    @DubboReference(check = false, timeout = 5000, methods = {
            @Method(name = "closePaymentsOfOrder", timeout = 5000, retries = 2),
            @Method(name = "recordRefundDue", timeout = 3000, retries = 2)})
    private PaymentService payments;

    /**
     * Closes the order's open payments at their provider.
     * @return CLOSED, NONE_OPEN or ALREADY_PAID
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-payment or its provider cannot be reached
     */
    public ClosePaymentsResult closePaymentsOf(String orderNo) {
        try {
            return payments.closePaymentsOfOrder(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable, so the order's payment"
                    + " could not be closed; nothing was changed, try again shortly");
        }
    }

    /**
     * Records that the payment's money must be refunded (idempotent).
     * @throws KaolaException PAYMENT_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE when kaola-payment cannot be reached
     */
    public RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) {
        try {
            return payments.recordRefundDue(paymentNo, reason);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable: refund due of payment "
                    + paymentNo + " not recorded yet");
        }
    }
}
