package io.kaola.payment.charge.domain;

/**
 * What a provider answers at once to a refund request ({@code PaymentProviderAdapter.refund}); the outcome of an
 * accepted one follows in its refund notification ({@link ProviderRefundNotice}).
 *
 * @param refundNo         our refund number (Alipay out_request_no, WeChat Pay out_refund_no)
 * @param providerRefundId the provider's refund id, null until it assigns one
 * @param status           PROCESSING (accepted, the notification follows), SUCCEEDED (done at once) or REFUSED
 * @param failureReason    why it was REFUSED (e.g. the transaction is not paid, more than paid), else null
 */
public record ProviderRefund(String refundNo, String providerRefundId, Status status, String failureReason) {
    /** See {@link ProviderRefund#status()}. */
    public enum Status { PROCESSING, SUCCEEDED, REFUSED }

    /** @return an accepted refund without a failure reason */
    public ProviderRefund(String refundNo, String providerRefundId, Status status) {
        this(refundNo, providerRefundId, status, null);
    }
}
