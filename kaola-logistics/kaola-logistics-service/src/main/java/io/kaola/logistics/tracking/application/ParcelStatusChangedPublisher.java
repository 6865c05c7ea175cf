package io.kaola.logistics.tracking.application;

import io.kaola.logistics.api.ParcelStatusChanged;

/** Publishes parcel-status-changed (key logisticsNo:status) for a status already committed. */
public interface ParcelStatusChangedPublisher {
    /** @throws IllegalStateException when the broker did not take it (the cause is redelivered) */
    void publish(ParcelStatusChanged event);
}
