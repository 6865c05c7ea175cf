package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundView;

import java.util.List;

/**
 * kaola-payment, for cancelling, refunds and payments that arrive too late (port; DubboPaymentClient in
 * trade/infrastructure). Both calls are idempotent.
 */
public interface PaymentClient {

    /**
     * Closes the order's open payments at their provider.
     * @return CLOSED, NONE_OPEN or ALREADY_PAID
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-payment or its provider cannot be reached
     */
    ClosePaymentsResult closePaymentsOf(String orderNo);

    /**
     * Records that the payment's money must be refunded (idempotent).
     * @throws KaolaException PAYMENT_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE when kaola-payment cannot be reached
     */
    RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason);

    /**
     * Asks for money back on the order's payment; idempotent on the request's idempotency key.
     * @return the refund, PENDING until the provider confirms it (refund-succeeded)
     * @throws KaolaException PAYMENT_NOT_FOUND, PAYMENT_INVALID_REFUND, PAYMENT_REFUND_EXCEEDS_PAID, passed through;
     *         COMMON_SERVICE_UNAVAILABLE when kaola-payment cannot be reached
     */
    RefundView requestRefund(RefundRequest request);

    /**
     * @return the order's refunds, oldest first (a read, retried)
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-payment cannot be reached
     */
    List<RefundView> refundsOf(String orderNo);
}
