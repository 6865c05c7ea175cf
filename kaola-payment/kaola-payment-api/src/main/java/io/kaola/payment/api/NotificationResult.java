package io.kaola.payment.api;

import java.io.Serializable;

/**
 * @param paymentNo the payment notified
 * @param duplicate true when this notification had been recorded before (nothing changed)
 * @param status    the payment's status after it
 */
public record NotificationResult(String paymentNo, boolean duplicate, PaymentStatus status) implements Serializable {}
