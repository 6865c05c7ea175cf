package io.kaola.logistics.tracking.infrastructure;

import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.carrier.domain.CarrierTrace;
import io.kaola.logistics.tracking.domain.Parcel;
import io.kaola.logistics.tracking.domain.TrackingEvent;
import io.kaola.logistics.tracking.domain.TrackingRepository;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@link TrackingRepository} on MariaDB through {@link TrackingMapper}. */
@Repository
public class MyBatisTrackingRepository implements TrackingRepository {
    private final TrackingMapper mapper;

    public MyBatisTrackingRepository(TrackingMapper mapper) { this.mapper = mapper; }

    @Override
    public Parcel lockParcel(String logisticsNo, String orderNo, long buyerId) {
        mapper.insertParcelIgnore(logisticsNo, orderNo, buyerId);
        return toDomain(mapper.lockParcel(logisticsNo));
    }

    @Override
    public Optional<Parcel> findParcel(String logisticsNo) {
        return Optional.ofNullable(mapper.findParcel(logisticsNo)).map(MyBatisTrackingRepository::toDomain);
    }

    @Override
    public boolean saveParcel(Parcel before, Parcel after) {
        return mapper.updateParcel(after.logisticsNo(), name(before.status()), name(after.status()),
                name(after.progress()), after.statusAt()) == 1;
    }

    @Override
    public Optional<TrackingEvent> findEvent(CarrierTrace.Key key) {
        return Optional.ofNullable(mapper.findEvent(key.logisticsNo(), key.code(), key.at()))
                .map(MyBatisTrackingRepository::toDomain);
    }

    @Override
    public boolean recordEvent(TrackingEvent event) {
        CarrierTrace t = event.trace();
        return mapper.insertEventIgnore(new TrackingEventRow(t.logisticsNo(), event.orderNo(), t.source(), t.code(),
                t.at(), t.status().name(), t.place(), t.description(), event.reached(), event.pushId())) == 1;
    }

    @Override
    public List<TrackingEvent> events(String logisticsNo) {
        return mapper.events(logisticsNo).stream().map(MyBatisTrackingRepository::toDomain).toList();
    }

    private static Parcel toDomain(ParcelRow r) {
        return new Parcel(r.logisticsNo(), r.orderNo(), r.buyerId(), status(r.status()), status(r.progress()),
                r.statusAt());
    }

    private static TrackingEvent toDomain(TrackingEventRow r) {
        return new TrackingEvent(new CarrierTrace(r.logisticsNo(), r.source(), r.code(), r.eventTime(),
                TrackingStatus.valueOf(r.status()), r.place(), r.description()), r.orderNo(), r.reached(), r.pushId());
    }

    private static TrackingStatus status(String s) { return s == null ? null : TrackingStatus.valueOf(s); }

    private static String name(TrackingStatus s) { return s == null ? null : s.name(); }
}
