package io.kaola.payment.api;

/** PENDING → SUCCEEDED on a verified notification, or PENDING → FAILED (e.g. the payer is not the buyer). */
public enum PaymentStatus { PENDING, SUCCEEDED, FAILED }
