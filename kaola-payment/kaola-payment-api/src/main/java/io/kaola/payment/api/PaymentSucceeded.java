package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = paymentNo: a payment was confirmed by the provider.
 * Consumers: kaola-order marks the order PAID and has inventory deduct the reservation.
 *
 * @param paymentNo     payment number
 * @param orderNo       the order paid
 * @param buyerId       buyer
 * @param amount        amount paid, CNY fen
 * @param providerTxnId the provider's transaction id
 * @param paidAt        when the provider took the money
 */
public record PaymentSucceeded(String paymentNo, String orderNo, long buyerId, Money amount, String providerTxnId,
                               Instant paidAt) implements Serializable {
    public static final String TOPIC = "payment-succeeded";
}
