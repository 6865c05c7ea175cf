package io.kaola.payment.charge.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * What a provider's notification states, once verified and parsed: the money was taken, and by whom.
 *
 * @param paymentNo       our payment number, echoed by the provider
 * @param providerTxnId   the provider's transaction id (unique per provider)
 * @param amount          amount taken, minor units
 * @param paidAt          when the provider took it
 * @param certCheckResult whether the payer is the buyer the payment was opened for
 * @param payerIdMasked   the payer's identity number, masked (e.g. {@code 3301**********123X}); null when not given
 */
public record ProviderPayment(String paymentNo, String providerTxnId, Money amount, Instant paidAt,
                              CertCheckResult certCheckResult, String payerIdMasked) {
    public ProviderPayment {
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(providerTxnId, "providerTxnId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(certCheckResult, "certCheckResult");
    }

    /** A payment made by the buyer (SAME), without the payer's masked number. */
    public ProviderPayment(String paymentNo, String providerTxnId, Money amount, Instant paidAt) {
        this(paymentNo, providerTxnId, amount, paidAt, CertCheckResult.SAME, null);
    }

    /** @return true when the provider reports that someone other than the buyer paid */
    public boolean isByAnotherPayer() { return certCheckResult == CertCheckResult.DIFFERENT; }
}
