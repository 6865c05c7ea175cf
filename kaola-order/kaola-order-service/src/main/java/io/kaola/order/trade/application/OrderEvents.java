package io.kaola.order.trade.application;

import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;

import java.time.Instant;

/**
 * Announces that an order entered a status (port; RocketMqOrderEvents publishes {@code order-status-changed}).
 * Called after the status write has committed, and again when a redelivered cause finds the order already there:
 * at least once, consumers dedupe on the key.
 */
public interface OrderEvents {
    /**
     * @param order    the order, in its new status
     * @param previous the status it left
     * @param at       when it entered it
     * @param reason   why, or null
     * @throws RuntimeException when the broker did not take it (the caller's message is retried)
     */
    void statusChanged(Order order, OrderStatus previous, Instant at, String reason);
}
