package io.kaola.logistics.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A return waybill.
 *
 * @param returnId    the return it carries back
 * @param orderNo     the order
 * @param logisticsNo the return waybill's own number (never the outbound one)
 * @param status      BOOKED before the carrier's first event, then the return parcel's tracking status
 * @param bookedAt    when the carrier booked the pickup
 */
public record ReturnShipmentView(String returnId, String orderNo, String logisticsNo, TrackingStatus status,
                                 Instant bookedAt) implements Serializable {}
