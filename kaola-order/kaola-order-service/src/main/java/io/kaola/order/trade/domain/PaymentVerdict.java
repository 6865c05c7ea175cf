package io.kaola.order.trade.domain;

/** The outcome of {@link Order#judgePayment}: what a confirmed payment does to an order. */
public enum PaymentVerdict {
    /** Unpaid and the amount is the total: move to PAID. */
    MARK_PAID,
    /** This payment was applied before: nothing to change. */
    DUPLICATE,
    /** The amount differs from the order total: leave the order, ops decide. */
    AMOUNT_MISMATCH,
    /** The order was closed before the money arrived: it needs a refund. */
    REFUND_CLOSED_ORDER,
    /** Another payment already paid the order: this one needs a refund. */
    PAID_TWICE,
    /** No such order for that buyer (never from {@link Order#judgePayment}): leave it for ops. */
    UNKNOWN_ORDER
}
