package io.kaola.order.api;

/**
 * Where a return (after delivery) is. Transitions: ReturnTransition in kaola-order-service (the one table);
 * docs/after-sales.md#returns.
 */
public enum ReturnStatus {
    /** The shopper asked to return lines or units; ops decide. */
    REQUESTED,
    /** Ops approved: the return is declared to customs (CEB625) and the carrier collects the parcel. */
    APPROVED,
    /** Ops refused, with a reason. Final. */
    REFUSED,
    /** The parcel is back in the bonded warehouse; the refund waits for customs' answer to the CEB625. */
    RECEIVED,
    /** The refund of the returned units was asked of kaola-payment. */
    REFUNDING,
    /** The refund reached the shopper. Final. */
    REFUNDED
}
