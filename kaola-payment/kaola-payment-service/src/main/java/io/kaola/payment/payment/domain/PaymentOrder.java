package io.kaola.payment.payment.domain;

import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One attempt to pay one order at one provider.
 *
 * @param paymentNo     payment number (snowflake id as decimal digits)
 * @param orderNo       the order paid
 * @param buyerId       buyer and payer
 * @param amount        the order total, CNY fen
 * @param status        PENDING, then SUCCEEDED or FAILED
 * @param provider      provider name, e.g. "sandbox"
 * @param providerTxnId the provider's transaction id, null while PENDING
 * @param createdAt     opened at (millisecond precision, as stored)
 * @param succeededAt   when the provider took the money, null unless SUCCEEDED
 * @param failureCode   why a FAILED payment failed (an error code, e.g. CROSSBORDER_PAYER_NOT_BUYER), else null
 */
public record PaymentOrder(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                           String provider, String providerTxnId, Instant createdAt, Instant succeededAt,
                           String failureCode) {

    public PaymentOrder {
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provider, "provider");
    }

    /** @return a new PENDING payment of {@code amount} for the order */
    public static PaymentOrder open(String paymentNo, String orderNo, long buyerId, Money amount, String provider,
                                    Instant now) {
        if (amount.minor() <= 0) throw new IllegalArgumentException("a payment must be for a positive amount: " + amount);
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, PaymentStatus.PENDING, provider, null,
                now.truncatedTo(ChronoUnit.MILLIS), null, null);
    }

    /**
     * @param payment what the provider says it took
     * @return this payment SUCCEEDED with the provider's transaction id and time
     * @throws IllegalStateException when not PENDING (see {@link PaymentTransition#applyTo})
     */
    public PaymentOrder succeed(ProviderPayment payment) {
        PaymentStatus next = PaymentTransition.SUCCEED.applyTo(status);
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, next, provider, payment.providerTxnId(),
                createdAt, payment.paidAt().truncatedTo(ChronoUnit.MILLIS), null);
    }

    /**
     * @param payment     the provider's transaction that cannot count
     * @param failureCode why, e.g. CROSSBORDER_PAYER_NOT_BUYER
     * @return this payment FAILED, recording the provider's transaction id; the order may be paid by a new payment
     * @throws IllegalStateException when not PENDING (see {@link PaymentTransition#applyTo})
     */
    public PaymentOrder fail(ProviderPayment payment, String failureCode) {
        Objects.requireNonNull(failureCode, "failureCode");
        PaymentStatus next = PaymentTransition.FAIL.applyTo(status);
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, next, provider, payment.providerTxnId(),
                createdAt, null, failureCode);
    }

    /** @return true when the provider took exactly this payment's amount, in its currency */
    public boolean isSettledBy(ProviderPayment payment) { return amount.equals(payment.amount()); }

    /** @return true while waiting for the provider */
    public boolean isPending() { return status == PaymentStatus.PENDING; }
}
