package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.carrier.domain.CarrierTrace;

/**
 * A recorded tracking event.
 *
 * @param trace   the event
 * @param orderNo its order
 * @param reached true when it moved the parcel to a new status
 * @param pushId  the push (or message) that first recorded it
 */
public record TrackingEvent(CarrierTrace trace, String orderNo, boolean reached, String pushId) {}
