package io.kaola.logistics.waybill.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.logistics.waybill.application.WaybillCreatedPublisher;
import org.springframework.stereotype.Component;

/** {@link WaybillCreatedPublisher} on RocketMQ: topic waybill-created, key orderNo, sent after the insert committed. */
@Component
public class RocketMqWaybillCreatedPublisher implements WaybillCreatedPublisher {
    private final MessagePublisher publisher;

    public RocketMqWaybillCreatedPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void publish(WaybillCreated event) { publisher.send(WaybillCreated.TOPIC, event.orderNo(), event); }
}
