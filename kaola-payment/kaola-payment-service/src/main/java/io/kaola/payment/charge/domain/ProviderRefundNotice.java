package io.kaola.payment.charge.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verified refund notification of a provider states ({@code PaymentProviderAdapter.verifyRefundNotification}).
 *
 * @param refundNo         our refund number (the provider's idempotency key)
 * @param providerRefundId the provider's refund id
 * @param outcome          SUCCEEDED (the money went back) or FAILED (the provider gave up on it)
 * @param amount           how much the provider says it refunded (or failed to), minor units
 * @param at               when it was decided at the provider, millisecond precision
 * @param failureReason    why it FAILED, else null
 */
public record ProviderRefundNotice(String refundNo, String providerRefundId, Outcome outcome, Money amount, Instant at,
                                   String failureReason) {
    /** See {@link ProviderRefundNotice#outcome()}. */
    public enum Outcome { SUCCEEDED, FAILED }

    public ProviderRefundNotice {
        Objects.requireNonNull(refundNo, "refundNo");
        Objects.requireNonNull(providerRefundId, "providerRefundId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }
}
