package io.kaola.order.trade.application;

import io.kaola.order.trade.domain.OrderTimer;

/** Schedules an {@link OrderTimer} (port; RocketMqOrderTimers sends a delayed message on topic order-timer-due). */
public interface OrderTimers {
    /**
     * @throws RuntimeException when the broker did not take it
     */
    void schedule(OrderTimer timer);
}
