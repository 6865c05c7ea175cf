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
 */
public record PaymentView(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                          String provider, String payUrl, Instant createdAt, Instant succeededAt) implements Serializable {}
