package io.kaola.payment.api;

/**
 * What a reconciliation found wrong (docs/payments.md "Reconciliation"), comparing the provider's statement with our
 * payments and refunds, and our payments with kaola-order's orders.
 */
public enum FindingKind {
    /** The provider took the money but our payment is not SUCCEEDED (nor recorded as a refund due): e.g. a lost
     *  notification. Repaired when our payment is PENDING or CLOSED (the notification's own path); else listed. */
    PROVIDER_PAID_NOT_RECORDED,
    /** Our SUCCEEDED payment or SUCCEEDED refund of the window is absent from the provider's statement. Listed. */
    RECORDED_NOT_AT_PROVIDER,
    /** The provider's amount of a payment or refund differs from ours. Listed. */
    AMOUNT_DIFFERS,
    /** The provider refunded, our refund is still PENDING (repaired), FAILED or unknown (listed). */
    REFUND_AT_PROVIDER_NOT_RECORDED,
    /** A SUCCEEDED payment whose order does not exist, is CLOSED / still unpaid, or was paid by another payment,
     *  and no refund is due or under way for it. Listed. */
    PAID_NO_ORDER,
    /** An order (of a payment of the window) is PAID or later but none of its payments is SUCCEEDED. Listed. */
    ORDER_PAID_NO_PAYMENT,
    /** A refund whose idempotency key is none of the known causes ({@code order:<orderNo>}, {@code return:<returnId>},
     *  {@code due:<paymentNo>}): money went back without a cancel, return or refund due. Listed. */
    REFUND_WITHOUT_CAUSE,
    /** kaola-order could not be asked about the payment's order (unreachable): its order checks were not made. Listed. */
    ORDER_UNCHECKED
}
