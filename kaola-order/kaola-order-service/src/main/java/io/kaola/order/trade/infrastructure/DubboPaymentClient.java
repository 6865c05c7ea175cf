package io.kaola.order.trade.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.order.trade.application.PaymentClient;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link PaymentClient} over Dubbo, for cancelling, refunds and payments that arrive too late. Every call is idempotent
 * (a refund on its idempotency key), so Dubbo retries them; an unreachable kaola-payment is COMMON_SERVICE_UNAVAILABLE.
 */
@Component
public class DubboPaymentClient implements PaymentClient {

    @DubboReference(check = false, timeout = 5000, methods = {
            @Method(name = "closePaymentsOfOrder", timeout = 5000, retries = 2),
            @Method(name = "recordRefundDue", timeout = 3000, retries = 2),
            @Method(name = "requestRefund", timeout = 5000, retries = 2),
            @Method(name = "refundsOfOrder", timeout = 2000, retries = 2)})
    private PaymentService payments;

    @Override
    public ClosePaymentsResult closePaymentsOf(String orderNo) {
        try {
            return payments.closePaymentsOfOrder(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable, so the order's payment"
                    + " could not be closed; nothing was changed, try again shortly");
        }
    }

    @Override
    public RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) {
        try {
            return payments.recordRefundDue(paymentNo, reason);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable: refund due of payment "
                    + paymentNo + " not recorded yet");
        }
    }

    @Override
    public RefundView requestRefund(RefundRequest request) {
        try {
            return payments.requestRefund(request);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable: the refund of order "
                    + request.orderNo() + " is not asked for yet");
        }
    }

    @Override
    public List<RefundView> refundsOf(String orderNo) {
        try {
            return payments.refundsOfOrder(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-payment is unreachable: the refunds of order "
                    + orderNo + " cannot be read just now");
        }
    }
}
