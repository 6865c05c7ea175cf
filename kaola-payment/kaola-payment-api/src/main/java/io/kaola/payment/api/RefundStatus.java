package io.kaola.payment.api;

/**
 * A refund's status (issue 12): PENDING (asked of the provider) → SUCCEEDED (the money went back) or FAILED (the
 * provider refused it; the amount is refundable again). Moved only by RefundTransition in kaola-payment-service.
 */
public enum RefundStatus { PENDING, SUCCEEDED, FAILED }
