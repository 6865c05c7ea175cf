package io.kaola.payment.api;

/**
 * Why money a provider took must go back (recorded on the payment). Recording one refunds the payment in full
 * automatically (a refund with idempotency key {@code due:<paymentNo>} and this reason; docs/payments.md).
 */
public enum RefundDueReason {
    /** The provider reported that someone other than the verified buyer paid (docs/cross-border.md §3). */
    PAYER_NOT_BUYER,
    /** A notification arrived for a payment we had closed (the provider took it anyway). */
    PAYMENT_CLOSED,
    /** kaola-order: the money arrived for an order that is CLOSED (cancelled). */
    ORDER_CLOSED,
    /** kaola-order: the order was already paid by another payment. */
    ORDER_PAID_TWICE
}
