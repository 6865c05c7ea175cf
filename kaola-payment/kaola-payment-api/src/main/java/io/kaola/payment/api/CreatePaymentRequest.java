package io.kaola.payment.api;

import java.io.Serializable;

/**
 * @param buyerId the buyer paying
 * @param orderNo the buyer's order, PENDING_PAYMENT
 */
public record CreatePaymentRequest(long buyerId, String orderNo) implements Serializable {}
