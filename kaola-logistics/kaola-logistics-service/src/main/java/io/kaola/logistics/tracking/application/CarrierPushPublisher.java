package io.kaola.logistics.tracking.application;

import io.kaola.logistics.tracking.domain.CarrierPushReceived;

/** Stores a verified push on topic carrier-push-received (key pushId) before the carrier is acknowledged. */
public interface CarrierPushPublisher {
    /** @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE when the broker did not take it */
    void publish(CarrierPushReceived push);
}
