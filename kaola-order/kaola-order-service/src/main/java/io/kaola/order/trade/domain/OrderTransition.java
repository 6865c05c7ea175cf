package io.kaola.order.trade.domain;

import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;

import java.util.Set;

import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;

/** Every legal move of an order; nothing else writes a status. Diagram: docs/architecture.md#order-lifecycle */
public enum OrderTransition {
    PAY(PAID, PENDING_PAYMENT),
    CLOSE(CLOSED, PENDING_PAYMENT);

    private final OrderStatus to;
    private final Set<OrderStatus> from;

    OrderTransition(OrderStatus to, OrderStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /**
     * @return the status after this transition
     * @throws io.kaola.common.error.KaolaException ORDER_ILLEGAL_TRANSITION when {@code status} is not a start of it
     */
    public OrderStatus applyTo(OrderStatus status) {
        if (!from.contains(status)) throw OrderError.ILLEGAL_TRANSITION.exception(name() + " from " + status);
        return to;
    }

    /** @return the status this transition ends in */
    public OrderStatus target() { return to; }
}
