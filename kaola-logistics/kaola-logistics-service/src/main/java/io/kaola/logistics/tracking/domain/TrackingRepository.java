package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.carrier.domain.CarrierTrace;

import java.util.List;
import java.util.Optional;

/** Parcels and their tracking events. {@link #lockParcel} and the writes run in one transaction. */
public interface TrackingRepository {

    /** Creates the parcel row when missing, then locks it (SELECT … FOR UPDATE) until the transaction ends. */
    Parcel lockParcel(String logisticsNo, String orderNo, long buyerId);

    Optional<Parcel> findParcel(String logisticsNo);

    /** Writes the parcel's status, guarded by the status it leaves (held under the lock anyway). */
    boolean saveParcel(Parcel before, Parcel after);

    Optional<TrackingEvent> findEvent(CarrierTrace.Key key);

    /** @return false when the event (waybill, code, time) is recorded already */
    boolean recordEvent(TrackingEvent event);

    /** @return the waybill's events, oldest first */
    List<TrackingEvent> events(String logisticsNo);
}
