package io.kaola.order.trade.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;

import java.util.Set;

import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;

/**
 * Every legal move of an order, and the one table that decides them ({@link #LIFECYCLE}); nothing else writes a
 * status. Diagram: docs/architecture.md#order-lifecycle
 */
public enum OrderTransition implements Transition<OrderStatus> {
    /** A confirmed payment of exactly the total (MarkOrderPaid). */
    PAY(PAID, PENDING_PAYMENT),
    /** The buyer cancels before paying (CancelOrder). */
    CLOSE(CLOSED, PENDING_PAYMENT);

    /**
     * The order lifecycle: PENDING_PAYMENT → PAID by PAY, PENDING_PAYMENT → CLOSED by CLOSE; a CLOSE of a CLOSED order
     * stays (a repeated cancel settles payments, stock and quota again, which is how a failed cancel is retried);
     * every other pair is refused with ORDER_ILLEGAL_TRANSITION (409), e.g. a cancel of a PAID order.
     */
    public static final StateMachine<OrderStatus, OrderTransition> LIFECYCLE =
            StateMachine.of(OrderStatus.class, OrderTransition.class)
                    .refusedWith(OrderError.ILLEGAL_TRANSITION)
                    .stay(CLOSE, CLOSED, "already CLOSED: a repeated cancel only settles its payments, stock and quota"
                            + " again")
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
