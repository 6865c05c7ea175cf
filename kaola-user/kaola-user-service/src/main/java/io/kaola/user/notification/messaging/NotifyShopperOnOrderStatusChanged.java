package io.kaola.user.notification.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.user.notification.application.NotifyShopper;
import org.springframework.stereotype.Component;

/**
 * An order entered a status: its shopper is notified once ({@link NotifyShopper}; idempotent on orderNo:status by the
 * notification's unique key). A failed send throws, so the event is redelivered, then dead-lettered.
 */
@Component
public class NotifyShopperOnOrderStatusChanged implements KaolaMessageListener<OrderStatusChanged> {
    public static final String GROUP = "user-notifies-shopper";

    private final NotifyShopper notifyShopper;

    public NotifyShopperOnOrderStatusChanged(NotifyShopper notifyShopper) { this.notifyShopper = notifyShopper; }

    @Override public String topic() { return OrderStatusChanged.TOPIC; }
    @Override public String consumerGroup() { return GROUP; }
    @Override public Class<OrderStatusChanged> payloadType() { return OrderStatusChanged.class; }

    @Override
    public void onMessage(OrderStatusChanged payload, String key) { notifyShopper.on(payload); }
}
