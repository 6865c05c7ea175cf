package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.api.TrackingStatus;

import java.time.Instant;

/**
 * A parcel's tracking state.
 *
 * @param logisticsNo the waybill number
 * @param orderNo     the order
 * @param buyerId     its buyer
 * @param status      what the shopper sees (EXCEPTION included); null before the first event
 * @param progress    the furthest journey status reached ({@link ParcelProgress}); null before the first
 * @param statusAt    the event time of the last change of {@code status}; null before the first
 */
public record Parcel(String logisticsNo, String orderNo, long buyerId, TrackingStatus status,
                     TrackingStatus progress, Instant statusAt) {

    /** @return a parcel without events */
    public static Parcel fresh(String logisticsNo, String orderNo, long buyerId) {
        return new Parcel(logisticsNo, orderNo, buyerId, null, null, null);
    }
}
