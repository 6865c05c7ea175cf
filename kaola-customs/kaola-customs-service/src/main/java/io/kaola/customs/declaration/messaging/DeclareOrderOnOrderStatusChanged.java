package io.kaola.customs.declaration.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.declaration.application.CollectInputs;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import org.springframework.stereotype.Component;

/** On PAID (and only PAID), collects the order for its declaration (CEB311 and the list). */
@Component
public class DeclareOrderOnOrderStatusChanged implements KaolaMessageListener<OrderStatusChanged> {
    private final CollectInputs inputs;

    public DeclareOrderOnOrderStatusChanged(CollectInputs inputs) { this.inputs = inputs; }

    @Override public String topic() { return OrderStatusChanged.TOPIC; }
    @Override public String consumerGroup() { return "customs-declares-order"; }
    @Override public Class<OrderStatusChanged> payloadType() { return OrderStatusChanged.class; }

    @Override
    public void onMessage(OrderStatusChanged event, String key) {
        if (event.status() == OrderStatus.PAID) inputs.orderPaid(event.orderNo());
    }
}
