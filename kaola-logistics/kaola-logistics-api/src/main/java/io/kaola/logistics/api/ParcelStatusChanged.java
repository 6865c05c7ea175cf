package io.kaola.logistics.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code logisticsNo + ":" + status}: a parcel reached a new tracking status
 * (published once per status reached, never for a move backwards). kaola-order moves the order on OUTBOUND or
 * COLLECTED (SHIPPED) and DELIVERED (DELIVERED).
 *
 * @param orderNo     the order
 * @param buyerId     its buyer
 * @param logisticsNo the waybill number
 * @param status      the status reached
 * @param at          the event time the carrier reported
 */
public record ParcelStatusChanged(String orderNo, long buyerId, String logisticsNo, TrackingStatus status, Instant at)
        implements Serializable {
    public static final String TOPIC = "parcel-status-changed";
}
