package io.kaola.logistics.api;

import java.io.Serializable;
import java.util.List;

/**
 * An order's parcel and its tracking, customs milestones included.
 *
 * @param orderNo       the order
 * @param logisticsNo   the waybill number; null while no waybill was issued yet (then everything below is empty)
 * @param logisticsCode the carrier's customs registration code
 * @param logisticsName the carrier's name
 * @param waybillStatus the waybill's status; null without a waybill
 * @param status        the parcel's current status (never moves backwards); null before the first event
 * @param events        every distinct event, oldest first
 */
public record TrackingView(String orderNo, String logisticsNo, String logisticsCode, String logisticsName,
                           WaybillStatus waybillStatus, TrackingStatus status, List<TrackingEventView> events)
        implements Serializable {
    public TrackingView {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** @return the view of an order that has no waybill yet */
    public static TrackingView none(String orderNo) {
        return new TrackingView(orderNo, null, null, null, null, null, List.of());
    }
}
