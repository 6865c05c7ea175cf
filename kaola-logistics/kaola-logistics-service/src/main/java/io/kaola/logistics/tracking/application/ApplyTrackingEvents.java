package io.kaola.logistics.tracking.application;

import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.carrier.domain.CarrierTrace;
import io.kaola.logistics.tracking.domain.Parcel;
import io.kaola.logistics.tracking.domain.ParcelProgress;
import io.kaola.logistics.tracking.domain.ReturnParcels;
import io.kaola.logistics.tracking.domain.TraceBatch;
import io.kaola.logistics.tracking.domain.TrackingEvent;
import io.kaola.logistics.tracking.domain.TrackingRepository;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies tracking events (carrier traces, customs milestones) to their parcels: in one transaction per batch, with
 * the parcel row locked, each event is recorded once (dedupe on waybill, code and time) and decided by
 * {@link ParcelProgress} (never backwards); after the commit every newly reached status is published as
 * ParcelStatusChanged. A redelivery of the same push (same pushId) finds its events recorded and publishes the
 * statuses they reached again (consumers dedupe on logisticsNo:status), so a publish that failed after the commit is
 * not lost. Traces of waybills we did not issue are ignored. A return waybill's traces are applied the same way to
 * its own parcel (never the outbound one) and published with the returnId.
 */
@Component
public class ApplyTrackingEvents {
    private static final Logger log = LoggerFactory.getLogger(ApplyTrackingEvents.class);

    private final TrackingRepository tracking;
    private final WaybillRepository waybills;
    private final ReturnParcels returns;
    private final ParcelStatusChangedPublisher publisher;
    private final TransactionTemplate tx;

    public ApplyTrackingEvents(TrackingRepository tracking, WaybillRepository waybills, ReturnParcels returns,
                               ParcelStatusChangedPublisher publisher, TransactionTemplate tx) {
        this.tracking = tracking;
        this.waybills = waybills;
        this.returns = returns;
        this.publisher = publisher;
        this.tx = tx;
    }

    /**
     * @param pushId the push or message the traces come from
     * @param traces the traces, any order, repeats allowed
     * @return the statuses published, in order
     * @throws IllegalStateException a publish failed (retry the push: its events are recorded)
     */
    public List<ParcelStatusChanged> apply(String pushId, List<CarrierTrace> traces) {
        List<ParcelStatusChanged> reached = tx.execute(status -> applyInTransaction(pushId, traces));
        for (ParcelStatusChanged change : reached) publisher.publish(change);
        return reached;
    }

    private List<ParcelStatusChanged> applyInTransaction(String pushId, List<CarrierTrace> traces) {
        List<ParcelStatusChanged> reached = new ArrayList<>();
        for (Map.Entry<String, List<CarrierTrace>> entry : TraceBatch.byWaybill(traces).entrySet()) {
            Optional<Owner> owner = ownerOf(entry.getKey());
            if (owner.isEmpty()) {
                log.warn("tracking for unknown waybill {} ignored (push {})", entry.getKey(), pushId);
                continue;
            }
            Owner w = owner.get();
            Parcel before = tracking.lockParcel(w.logisticsNo(), w.orderNo(), w.buyerId());
            Parcel parcel = before;
            for (CarrierTrace trace : entry.getValue()) {
                Optional<TrackingEvent> recorded = tracking.findEvent(trace.key());
                if (recorded.isPresent()) {
                    TrackingEvent e = recorded.get();
                    if (e.reached() && e.pushId().equals(pushId)) reached.add(changed(w, e.trace().status(), e.trace()));
                    continue;
                }
                Optional<ParcelProgress.Move> move = ParcelProgress.apply(parcel, trace.status(), trace.at());
                tracking.recordEvent(new TrackingEvent(trace, w.orderNo(), move.isPresent(), pushId));
                if (move.isPresent()) {
                    parcel = move.get().parcel();
                    reached.add(changed(w, move.get().reached(), trace));
                }
            }
            if (!parcel.equals(before)) tracking.saveParcel(before, parcel);
        }
        return reached;
    }

    /** @return the outbound waybill's or the return waybill's parcel of this number, if we issued it */
    private Optional<Owner> ownerOf(String logisticsNo) {
        Optional<Waybill> waybill = waybills.findByLogisticsNo(logisticsNo);
        if (waybill.isPresent()) {
            Waybill w = waybill.get();
            return Optional.of(new Owner(w.orderNo(), w.buyerId(), w.logisticsNo(), null));
        }
        return returns.findByLogisticsNo(logisticsNo).map(r -> new Owner(r.orderNo(), r.buyerId(), r.logisticsNo(), r.returnId()));
    }

    private static ParcelStatusChanged changed(Owner w, io.kaola.logistics.api.TrackingStatus status, CarrierTrace t) {
        return new ParcelStatusChanged(w.orderNo(), w.buyerId(), w.logisticsNo(), status, t.at(), w.returnId());
    }

    /** Whose parcel a waybill number is: the order's, and the return it carries back (null: the outbound parcel). */
    private record Owner(String orderNo, long buyerId, String logisticsNo, String returnId) {}
}
