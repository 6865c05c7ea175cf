package io.kaola.order.trade.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;

import java.util.Set;

import static io.kaola.order.api.OrderStatus.CLEARED;
import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.COMPLETED;
import static io.kaola.order.api.OrderStatus.CUSTOMS_REJECTED;
import static io.kaola.order.api.OrderStatus.DECLARING;
import static io.kaola.order.api.OrderStatus.DELIVERED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;
import static io.kaola.order.api.OrderStatus.REFUNDED;
import static io.kaola.order.api.OrderStatus.REFUNDING;
import static io.kaola.order.api.OrderStatus.SHIPPED;

/**
 * Every legal move of an order, and the one table that decides them ({@link #LIFECYCLE}); nothing else writes a
 * status. Each move after PAY is caused by a message (docs/architecture.md#order-lifecycle), so the table also
 * says what a late or repeated message does: it stays (nothing written, the message is acknowledged) when the order
 * is already at or past where the message would take it, and it is refused (the message is retried) when the
 * order has not got there yet, e.g. a DELIVER that overtook its SHIP.
 */
public enum OrderTransition implements Transition<OrderStatus> {
    /** A confirmed payment of exactly the total (MarkOrderPaid, on payment-succeeded). */
    PAY(PAID, PENDING_PAYMENT),
    /** The buyer cancels before paying (CancelOrder). */
    CLOSE(CLOSED, PENDING_PAYMENT),
    /** The unpaid timeout passed (CloseUnpaidOrder, on the delayed order-payment-timeout message). */
    TIME_OUT(CLOSED, PENDING_PAYMENT),
    /** kaola-customs declared the inventory list (customs-status-changed DECLARED). */
    DECLARE(DECLARING, PAID),
    /**
     * Customs released the list, returnStatus 800 (customs-status-changed RELEASED); DECLARED may arrive later. From
     * REFUNDING: customs released it before it could process the cancellation (CEB623), so the cancel lost and the
     * order ships; nothing was refunded yet (the refund waits for customs' CANCELLED).
     */
    RELEASE(CLEARED, PAID, DECLARING, REFUNDING),
    /** The parcel left the bonded zone (parcel-status-changed OUTBOUND or COLLECTED). Never before release. */
    SHIP(SHIPPED, CLEARED),
    /** The parcel was signed for (parcel-status-changed DELIVERED). */
    DELIVER(DELIVERED, SHIPPED),
    /** The buyer confirmed receipt, or the auto-confirm period after delivery passed. */
    CONFIRM_RECEIPT(COMPLETED, DELIVERED),
    /** Customs rejected the list for quota or identity (customs-status-changed REJECTED, cross-border.md §4.6). */
    REJECT(CUSTOMS_REJECTED, PAID, DECLARING),
    /**
     * The shopper or ops cancel a paid order before customs release (CancelOrder), or customs confirms such a
     * cancellation (customs-status-changed CANCELLED): the declaration is cancelled, then the full refund follows.
     */
    CANCEL_PAID(REFUNDING, PAID, DECLARING),
    /** The full refund of a cancelled or customs-rejected order succeeded (refund-succeeded). */
    REFUND(REFUNDED, REFUNDING, CUSTOMS_REJECTED);

    private static final String LATE = "a late or repeated message: the order is already past it";

    /**
     * The order lifecycle. Moves as listed on each constant. Stays: a CLOSE or TIME_OUT of a CLOSED order (a repeated
     * cancel settles payments, stock and quota again, which is how a failed cancel is retried); every message-driven
     * transition that finds the order at or past its target (DECLARE on CLEARED … COMPLETED or CUSTOMS_REJECTED,
     * RELEASE on SHIPPED … COMPLETED, and so on). Every other pair is refused with ORDER_ILLEGAL_TRANSITION (409),
     * e.g. a SHIP before release, a CLOSE of a PAID order (a paid order is cancelled with CANCEL_PAID). Refunds: a
     * DECLARE of a REFUNDING or REFUNDED order stays (late); a REJECT of a REFUNDING order stays (the refund is under
     * way either way); a CANCEL_PAID of a CUSTOMS_REJECTED or REFUNDED order stays (it is refunded anyway).
     */
    public static final StateMachine<OrderStatus, OrderTransition> LIFECYCLE =
            StateMachine.of(OrderStatus.class, OrderTransition.class)
                    .refusedWith(OrderError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .stay(CLOSE, CLOSED, "already CLOSED: a repeated cancel only settles its payments, stock and quota"
                            + " again")
                    .stay(TIME_OUT, CLOSED, "already CLOSED: the timeout settles its payments, stock and quota again")
                    .stay(DECLARE, CLEARED, LATE).stay(DECLARE, SHIPPED, LATE).stay(DECLARE, DELIVERED, LATE)
                    .stay(DECLARE, COMPLETED, LATE).stay(DECLARE, CUSTOMS_REJECTED, LATE)
                    .stay(RELEASE, SHIPPED, LATE).stay(RELEASE, DELIVERED, LATE).stay(RELEASE, COMPLETED, LATE)
                    .stay(SHIP, DELIVERED, LATE).stay(SHIP, COMPLETED, LATE)
                    .stay(DELIVER, COMPLETED, LATE)
                    .stay(DECLARE, REFUNDING, LATE).stay(DECLARE, REFUNDED, LATE)
                    .stay(REJECT, REFUNDING, "being refunded already: the rejection changes nothing")
                    .stay(REJECT, REFUNDED, LATE)
                    .stay(CANCEL_PAID, CUSTOMS_REJECTED, "rejected by customs: its full refund is under way already")
                    .stay(CANCEL_PAID, REFUNDED, "already refunded")
                    .build();

    private final OrderStatus target;
    private final Set<OrderStatus> sources;

    OrderTransition(OrderStatus target, OrderStatus... sources) {
        this.target = target;
        this.sources = Set.of(sources);
    }

    /** @return the status this transition ends in */
    @Override
    public OrderStatus target() { return target; }

    /** @return the statuses this transition starts from */
    @Override
    public Set<OrderStatus> sources() { return sources; }
}
