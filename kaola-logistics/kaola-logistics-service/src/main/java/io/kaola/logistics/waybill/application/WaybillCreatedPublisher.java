package io.kaola.logistics.waybill.application;

import io.kaola.logistics.api.WaybillCreated;

/** Publishes waybill-created (key orderNo) for a waybill already stored. */
public interface WaybillCreatedPublisher {
    /** @throws IllegalStateException when the broker did not take it (the caller's message is redelivered) */
    void publish(WaybillCreated event);
}
