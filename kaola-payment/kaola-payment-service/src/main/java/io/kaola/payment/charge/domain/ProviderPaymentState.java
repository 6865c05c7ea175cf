package io.kaola.payment.charge.domain;

import java.util.Objects;

/**
 * A payment as its provider knows it (the answer of a query: Alipay alipay.trade.query, WeChat Pay query-order).
 *
 * @param status  UNKNOWN (the provider has no such payment), OPEN, PAID or CLOSED
 * @param payment what the provider took, only when PAID; else null
 */
public record ProviderPaymentState(Status status, ProviderPayment payment) {
    public ProviderPaymentState {
        Objects.requireNonNull(status, "status");
        if ((status == Status.PAID) != (payment != null)) {
            throw new IllegalArgumentException("a PAID state carries the payment, no other does: " + status);
        }
    }

    /** See {@link ProviderPaymentState#status()}. */
    public enum Status { UNKNOWN, OPEN, PAID, CLOSED }
}
