package io.kaola.logistics.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code logisticsNo + ":" + status}: a parcel reached a new tracking status
 * (published once per status reached, never for a move backwards). kaola-order moves the order on OUTBOUND or
 * COLLECTED (SHIPPED) and DELIVERED (DELIVERED) of the outbound parcel ({@code returnId} null). A return parcel
 * (ReturnShipmentService.bookReturn) has its own logisticsNo and publishes COLLECTED (picked up from the shopper),
 * IN_TRANSIT and RETURNED (back in the bonded warehouse) with {@code returnId} set.
 *
 * @param orderNo     the order
 * @param buyerId     its buyer
 * @param logisticsNo the waybill number (the return waybill's for a return parcel)
 * @param status      the status reached
 * @param at          the event time the carrier reported
 * @param returnId    the return the parcel carries back; null for the outbound parcel
 */
public record ParcelStatusChanged(String orderNo, long buyerId, String logisticsNo, TrackingStatus status, Instant at,
                                  String returnId) implements Serializable {
    public static final String TOPIC = "parcel-status-changed";

    /** An event of the outbound parcel (no return). */
    public ParcelStatusChanged(String orderNo, long buyerId, String logisticsNo, TrackingStatus status, Instant at) {
        this(orderNo, buyerId, logisticsNo, status, at, null);
    }
}
