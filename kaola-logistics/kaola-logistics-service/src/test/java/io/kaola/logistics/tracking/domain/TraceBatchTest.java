package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.carrier.domain.CarrierTrace;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TraceBatchTest {
    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    private static CarrierTrace trace(String waybill, String code, int second, TrackingStatus status) {
        return new CarrierTrace(waybill, CarrierTrace.CARRIER, code, T.plusSeconds(second), status, "杭州", code);
    }

    @Test
    void the_same_waybill_code_and_time_is_one_event() {
        Map<String, List<CarrierTrace>> batch = TraceBatch.byWaybill(List.of(
                trace("A", "1", 1, TrackingStatus.COLLECTED),
                trace("A", "1", 1, TrackingStatus.COLLECTED),
                trace("A", "1", 2, TrackingStatus.COLLECTED),     // same code, another time: another event
                trace("A", "2", 1, TrackingStatus.IN_TRANSIT),    // same time, another code: another event
                trace("B", "1", 1, TrackingStatus.COLLECTED)));   // another waybill
        assertThat(batch.get("A")).hasSize(3);
        assertThat(batch.get("B")).hasSize(1);
    }

    @Test
    void traces_come_out_oldest_first_whatever_the_push_order() {
        Map<String, List<CarrierTrace>> batch = TraceBatch.byWaybill(List.of(
                trace("A", "301", 30, TrackingStatus.DELIVERED),
                trace("A", "1", 10, TrackingStatus.COLLECTED),
                trace("A", "2", 20, TrackingStatus.IN_TRANSIT)));
        assertThat(batch.get("A")).extracting(CarrierTrace::code).containsExactly("1", "2", "301");
    }
}
