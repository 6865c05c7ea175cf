package io.kaola.order.trade.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.order.trade.application.OrderEvents;
import io.kaola.order.trade.domain.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** {@link OrderEvents} as {@link OrderStatusChanged} on topic order-status-changed, key {@code orderNo:status}. */
@Component
public class RocketMqOrderEvents implements OrderEvents {
    private final MessagePublisher publisher;

    public RocketMqOrderEvents(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void statusChanged(Order order, OrderStatus previous, Instant at, String reason) {
        OrderStatusChanged event = new OrderStatusChanged(order.orderNo(), order.buyerId(), order.status(), previous,
                at, reason);
        publisher.send(OrderStatusChanged.TOPIC, event.key(), event);
    }
}
