package io.kaola.payment.api;

/**
 * PENDING → SUCCEEDED on a verified notification; PENDING → FAILED (e.g. the payer is not the buyer); PENDING →
 * CLOSED when the order is cancelled and the provider confirmed the close. The moves are PaymentTransition in
 * kaola-payment-service (the one transition table).
 */
public enum PaymentStatus { PENDING, SUCCEEDED, FAILED, CLOSED }
