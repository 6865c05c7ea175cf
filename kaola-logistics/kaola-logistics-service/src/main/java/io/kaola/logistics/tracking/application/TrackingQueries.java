package io.kaola.logistics.tracking.application;

import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.TrackingEventView;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.tracking.domain.Parcel;
import io.kaola.logistics.tracking.domain.TrackingRepository;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** An order's tracking for its buyer. */
@Component
public class TrackingQueries {
    private final WaybillRepository waybills;
    private final TrackingRepository tracking;

    public TrackingQueries(WaybillRepository waybills, TrackingRepository tracking) {
        this.waybills = waybills;
        this.tracking = tracking;
    }

    /**
     * @return the waybill, parcel status and events oldest first; {@link TrackingView#none} without a waybill
     * @throws io.kaola.common.error.KaolaException LOGISTICS_WAYBILL_NOT_FOUND when the waybill is another buyer's
     */
    public TrackingView get(long buyerId, String orderNo) {
        Optional<Waybill> found = waybills.findByOrderNo(orderNo);
        if (found.isEmpty()) return TrackingView.none(orderNo);
        Waybill w = found.get();
        if (w.buyerId() != buyerId) throw LogisticsError.WAYBILL_NOT_FOUND.exception("no waybill for order " + orderNo);
        List<TrackingEventView> events = tracking.events(w.logisticsNo()).stream()
                .map(e -> new TrackingEventView(e.trace().status(), e.trace().at(), e.trace().place(),
                        e.trace().description(), e.trace().source(), e.trace().code()))
                .toList();
        Parcel parcel = tracking.findParcel(w.logisticsNo()).orElse(null);
        return new TrackingView(orderNo, w.logisticsNo(), w.logisticsCode(), w.logisticsName(), w.status(),
                parcel == null ? null : parcel.status(), events);
    }
}
