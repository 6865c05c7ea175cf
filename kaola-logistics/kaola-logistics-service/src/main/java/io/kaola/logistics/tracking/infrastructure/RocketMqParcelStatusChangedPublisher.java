package io.kaola.logistics.tracking.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.tracking.application.ParcelStatusChangedPublisher;
import org.springframework.stereotype.Component;

/** {@link ParcelStatusChangedPublisher} on RocketMQ: topic parcel-status-changed, key logisticsNo:status. */
@Component
public class RocketMqParcelStatusChangedPublisher implements ParcelStatusChangedPublisher {
    private final MessagePublisher publisher;

    public RocketMqParcelStatusChangedPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void publish(ParcelStatusChanged event) {
        publisher.send(ParcelStatusChanged.TOPIC, event.logisticsNo() + ":" + event.status(), event);
    }
}
