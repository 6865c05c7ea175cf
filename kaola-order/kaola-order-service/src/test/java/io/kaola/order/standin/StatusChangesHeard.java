package io.kaola.order.standin;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.api.OrderStatusChanged;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Hears every order-status-changed, as kaola-customs, kaola-logistics and kaola-user will. */
@Component
public class StatusChangesHeard implements KaolaMessageListener<OrderStatusChanged> {
    private final Queue<OrderStatusChanged> heard = new ConcurrentLinkedQueue<>();

    @Override public String topic() { return OrderStatusChanged.TOPIC; }

    @Override public String consumerGroup() { return "order-it-hears-status-changes"; }

    @Override public Class<OrderStatusChanged> payloadType() { return OrderStatusChanged.class; }

    @Override public void onMessage(OrderStatusChanged event, String key) { heard.add(event); }

    /** @return what was heard for the order, in arrival order */
    public List<OrderStatusChanged> of(String orderNo) {
        return heard.stream().filter(e -> e.orderNo().equals(orderNo)).toList();
    }
}
