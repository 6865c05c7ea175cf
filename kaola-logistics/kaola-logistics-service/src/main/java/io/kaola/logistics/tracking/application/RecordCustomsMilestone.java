package io.kaola.logistics.tracking.application;

import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.carrier.domain.CarrierTrace;
import io.kaola.logistics.waybill.application.CancelWaybill;
import io.kaola.logistics.waybill.application.ShipParcel;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Customs milestones appear in tracking, and release ships: DECLARED → DECLARED, RELEASED → CLEARED then the
 * warehouse ships ({@link ShipParcel}; nothing ships before release), REJECTED for quota or identity →
 * CLEARANCE_FAILED and the waybill is cancelled, REJECTED for data (fixed and re-sent by ops) → an EXCEPTION event.
 * Event code: CUSTOMS-&lt;milestone&gt; (REJECTED: + "-" + returnStatus), time: the receipt's returnTime; recorded once.
 * Shipping and cancelling run on a repeat too (both idempotent), so a redelivery completes what a failure left.
 * CANCELLED (the declaration was cancelled before release, CEB623) cancels the waybill (it never ships; no tracking
 * event); CANCEL_REFUSED (the list was released meanwhile) and any other milestone (e.g. of a return's declaration)
 * change nothing here: RELEASED ships as always.
 */
@Component
public class RecordCustomsMilestone {
    /** Where customs events happen, as the shopper reads it. */
    static final String PLACE = "海关 (customs)";
    /** The milestones that are tracking events of the outbound parcel. */
    static final Set<CustomsMilestone> IN_TRACKING = EnumSet.of(CustomsMilestone.DECLARED,
            CustomsMilestone.RELEASED, CustomsMilestone.REJECTED);
    private static final Logger log = LoggerFactory.getLogger(RecordCustomsMilestone.class);

    private final WaybillRepository waybills;
    private final ApplyTrackingEvents apply;
    private final ShipParcel shipParcel;
    private final CancelWaybill cancelWaybill;

    public RecordCustomsMilestone(WaybillRepository waybills, ApplyTrackingEvents apply, ShipParcel shipParcel,
                                  CancelWaybill cancelWaybill) {
        this.waybills = waybills;
        this.apply = apply;
        this.shipParcel = shipParcel;
        this.cancelWaybill = cancelWaybill;
    }

    /**
     * @param change the customs event
     * @param key    its message key (names the batch, so a redelivery re-publishes what it reached)
     * @throws io.kaola.common.error.KaolaException LOGISTICS_WAYBILL_NOT_FOUND for DECLARED or RELEASED before the
     *         waybill exists (retried), LOGISTICS_CARRIER_UNAVAILABLE
     */
    public void record(CustomsStatusChanged change, String key) {
        if (change.milestone() == CustomsMilestone.CANCELLED) {
            // no waybill yet, or shipped already: CancelWaybill logs it and changes nothing
            if (cancelWaybill.cancel(change.orderNo())) log.info("customs cancelled order {}: waybill cancelled", change.orderNo());
            return;
        }
        if (!IN_TRACKING.contains(change.milestone())) {
            log.info("customs {} of order {}: not a parcel event, nothing to do", change.milestone(), change.orderNo());
            return;
        }
        Optional<Waybill> waybill = waybills.findByOrderNo(change.orderNo());
        if (waybill.isEmpty()) {
            if (change.milestone() == CustomsMilestone.REJECTED) {
                log.info("customs rejected order {} before its waybill existed: not in tracking", change.orderNo());
                if (change.kind() != null && change.kind().cancelsOrder()) cancelWaybill.cancel(change.orderNo());
                return;
            }
            throw io.kaola.logistics.api.LogisticsError.WAYBILL_NOT_FOUND.exception("order " + change.orderNo()
                    + " has no waybill yet; customs " + change.milestone() + " is retried");
        }
        TrackingStatus status = statusOf(change);
        String code = "CUSTOMS-" + change.milestone()
                + (change.milestone() == CustomsMilestone.REJECTED ? "-" + change.returnStatus() : "");
        String description = change.returnInfo() != null && !change.returnInfo().isBlank()
                ? change.returnInfo() : describe(change.milestone());
        CarrierTrace trace = new CarrierTrace(waybill.get().logisticsNo(), CarrierTrace.CUSTOMS, code, change.at(),
                status, PLACE, description);
        apply.apply("customs:" + (key == null ? change.orderNo() + ":" + change.milestone() : key), List.of(trace));
        if (change.milestone() == CustomsMilestone.RELEASED) shipParcel.ship(change.orderNo(), change.at());
        if (status == TrackingStatus.CLEARANCE_FAILED) cancelWaybill.cancel(change.orderNo());
    }

    /** @return the tracking status of a customs milestone */
    static TrackingStatus statusOf(CustomsStatusChanged change) {
        return switch (change.milestone()) {
            case DECLARED -> TrackingStatus.DECLARED;
            case RELEASED -> TrackingStatus.CLEARED;
            case REJECTED -> change.kind() != null && change.kind().cancelsOrder()
                    ? TrackingStatus.CLEARANCE_FAILED : TrackingStatus.EXCEPTION;
            default -> throw new IllegalArgumentException(change.milestone() + " is not a tracking event");
        };
    }

    private static String describe(CustomsMilestone milestone) {
        return switch (milestone) {
            case DECLARED -> "清单已申报海关 (declared to customs)";
            case RELEASED -> "海关已放行 (released by customs)";
            case REJECTED -> "海关退单 (rejected by customs)";
            default -> milestone.name();
        };
    }
}
