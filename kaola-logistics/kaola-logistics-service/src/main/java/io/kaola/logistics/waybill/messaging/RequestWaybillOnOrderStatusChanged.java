package io.kaola.logistics.waybill.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.logistics.waybill.application.RequestWaybill;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import org.springframework.stereotype.Component;

/**
 * Topic order-status-changed, group {@value #GROUP}: on PAID requests the order's waybill ({@link RequestWaybill});
 * every other status is ignored. Idempotent: one waybill per order; a redelivery publishes waybill-created again.
 */
@Component
public class RequestWaybillOnOrderStatusChanged implements KaolaMessageListener<OrderStatusChanged> {
    public static final String GROUP = "logistics-requests-waybill";

    private final RequestWaybill requestWaybill;

    public RequestWaybillOnOrderStatusChanged(RequestWaybill requestWaybill) { this.requestWaybill = requestWaybill; }

    @Override public String topic() { return OrderStatusChanged.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<OrderStatusChanged> payloadType() { return OrderStatusChanged.class; }

    @Override
    public void onMessage(OrderStatusChanged change, String key) {
        if (change.status() == OrderStatus.PAID) requestWaybill.onPaid(change.orderNo());
    }
}
