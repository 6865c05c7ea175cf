package io.kaola.payment.api;

/** PENDING → SUCCEEDED on a verified notification. */
public enum PaymentStatus { PENDING, SUCCEEDED }
