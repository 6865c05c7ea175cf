package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param paymentNo   payment number
 * @param orderNo     the order it pays
 * @param buyerId     payer account
 * @param amount      amount, CNY fen (the order total)
 * @param status      PENDING or SUCCEEDED
 * @param provider    "sandbox"
 * @param payUrl      where the shopper confirms the payment at the provider (sandbox cashier)
 * @param createdAt   creation time
 * @param succeededAt success time, null while PENDING
 * @param failureCode why a FAILED payment failed, e.g. CROSSBORDER_PAYER_NOT_BUYER; null otherwise
 */
public record PaymentView(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                          String provider, String payUrl, Instant createdAt, Instant succeededAt, String failureCode)
        implements Serializable {
    /** A payment that has not failed. */
    public PaymentView(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                       String provider, String payUrl, Instant createdAt, Instant succeededAt) {
        this(paymentNo, orderNo, buyerId, amount, status, provider, payUrl, createdAt, succeededAt, null);
    }
}
