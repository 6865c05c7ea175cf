package io.kaola.logistics.tracking.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.error.CommonError;
import io.kaola.logistics.tracking.application.CarrierPushPublisher;
import io.kaola.logistics.tracking.domain.CarrierPushReceived;
import org.springframework.stereotype.Component;

/** {@link CarrierPushPublisher} on RocketMQ: topic carrier-push-received, key pushId, sent synchronously. */
@Component
public class RocketMqCarrierPushPublisher implements CarrierPushPublisher {
    private final MessagePublisher publisher;

    public RocketMqCarrierPushPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    /** A broker failure becomes COMMON_SERVICE_UNAVAILABLE: the carrier is not acknowledged and pushes again. */
    @Override
    public void publish(CarrierPushReceived push) {
        try {
            publisher.send(CarrierPushReceived.TOPIC, push.pushId(), push);
        } catch (IllegalStateException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("message broker unavailable; push not stored, retry");
        }
    }
}
