package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;

/**
 * kaola-payment, for cancelling and for payments that arrive too late (port; DubboPaymentClient in
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
}
