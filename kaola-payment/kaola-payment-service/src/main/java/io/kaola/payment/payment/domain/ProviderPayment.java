package io.kaola.payment.payment.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * What a provider's notification states, once verified and parsed: the money was taken.
 *
 * @param paymentNo     our payment number, echoed by the provider
 * @param providerTxnId the provider's transaction id (unique per provider)
 * @param amount        amount taken, minor units
 * @param paidAt        when the provider took it
 */
public record ProviderPayment(String paymentNo, String providerTxnId, Money amount, Instant paidAt) {
    public ProviderPayment {
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(providerTxnId, "providerTxnId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
