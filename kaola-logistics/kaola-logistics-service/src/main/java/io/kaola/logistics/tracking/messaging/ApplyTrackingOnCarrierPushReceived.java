package io.kaola.logistics.tracking.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.logistics.tracking.application.ApplyCarrierPush;
import io.kaola.logistics.tracking.domain.CarrierPushReceived;
import org.springframework.stereotype.Component;

/**
 * Topic carrier-push-received, group {@value #GROUP}: applies a verified push's events ({@link ApplyCarrierPush}).
 * Idempotent: events are deduplicated on (waybill, code, time) and the parcel never moves backwards.
 */
@Component
public class ApplyTrackingOnCarrierPushReceived implements KaolaMessageListener<CarrierPushReceived> {
    public static final String GROUP = "logistics-applies-carrier-push";

    private final ApplyCarrierPush applyCarrierPush;

    public ApplyTrackingOnCarrierPushReceived(ApplyCarrierPush applyCarrierPush) {
        this.applyCarrierPush = applyCarrierPush;
    }

    @Override public String topic() { return CarrierPushReceived.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<CarrierPushReceived> payloadType() { return CarrierPushReceived.class; }

    @Override
    public void onMessage(CarrierPushReceived push, String key) { applyCarrierPush.apply(push); }
}
