package io.kaola.payment.charge.domain;

/**
 * What a provider answers to a refund request (room for the refunds work; no adapter implements it yet).
 *
 * @param refundNo         our refund number (Alipay out_request_no, WeChat Pay out_refund_no)
 * @param providerRefundId the provider's refund id, null until it assigns one
 * @param status           PROCESSING or SUCCEEDED
 */
public record ProviderRefund(String refundNo, String providerRefundId, Status status) {
    /** See {@link ProviderRefund#status()}. */
    public enum Status { PROCESSING, SUCCEEDED }
}
