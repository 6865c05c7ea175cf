package io.kaola.order.api;

/**
 * Order states, in the order of an order's journey to the door. Transitions: OrderTransition in kaola-order-service
 * (the one table); diagram in docs/architecture.md#order-lifecycle.
 */
public enum OrderStatus {
    /** Placed, stock and annual quota reserved, waiting for the payment (closed after the unpaid timeout). */
    PENDING_PAYMENT,
    /** Paid: stock deducted, quota confirmed; the waybill is requested and the documents are being prepared. */
    PAID,
    /** The inventory list is declared to customs. */
    DECLARING,
    /** Customs released the list (清单放行, returnStatus 800): the bonded warehouse ships. */
    CLEARED,
    /** The parcel left the bonded zone with the carrier. */
    SHIPPED,
    /** The parcel was signed for. */
    DELIVERED,
    /** The buyer confirmed receipt, or the auto-confirm period after delivery passed. */
    COMPLETED,
    /** Cancelled by the buyer or by the unpaid timeout before payment. */
    CLOSED,
    /** Customs rejected it for quota or identity (cross-border.md §4.6): it will not ship; its full refund is asked for. */
    CUSTOMS_REJECTED,
    /**
     * Paid, then cancelled before customs released it (the shopper or ops): the customs declaration is being
     * cancelled (CEB623); once customs confirms, stock, annual quota and coupon go back and the full refund is asked
     * for. Customs may still release it first (the cancel lost the race): the order then goes on to CLEARED.
     */
    REFUNDING,
    /** The full refund of a cancelled or customs-rejected order reached the shopper (refund-succeeded). Final. */
    REFUNDED
}
