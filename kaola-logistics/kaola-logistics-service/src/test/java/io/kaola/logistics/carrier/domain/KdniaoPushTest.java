package io.kaola.logistics.carrier.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.carrier.infrastructure.KdniaoCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KdniaoPushTest {
    private final KdniaoCodec codec = new KdniaoCodec(new ObjectMapper());

    @Test
    void a_push_round_trips_and_its_times_are_china_time() {
        KdniaoPush push = new KdniaoPush("1000001", "2026-03-01 10:00:05", List.of(new KdniaoPush.Parcel("SBX", "SBX1",
                "2", "201", List.of(new KdniaoPush.Trace("2026-03-01 10:00:00", "已揽收", "宁波", "1"),
                new KdniaoPush.Trace("2026-03-01 10:00:01", "到达杭州", "杭州", "201")))));
        List<CarrierTrace> traces = codec.decode(codec.encode(push)).traces();
        assertThat(traces).extracting(CarrierTrace::status).containsExactly(TrackingStatus.COLLECTED, TrackingStatus.IN_TRANSIT);
        assertThat(traces.get(0).at()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(traces.get(1).place()).isEqualTo("杭州");
        assertThat(traces.get(1).description()).isEqualTo("到达杭州");
    }

    @Test
    void traces_without_action_take_the_parcel_state_on_the_last_one_only() {
        String json = "{\"EBusinessID\":\"1\",\"PushTime\":\"2026-03-01 10:00:05\",\"Count\":1,\"Data\":[{"
                + "\"ShipperCode\":\"SBX\",\"LogisticCode\":\"SBX1\",\"State\":\"3\",\"StateEx\":\"301\",\"Traces\":["
                + "{\"AcceptTime\":\"2026-03-01 09:00:00\",\"AcceptStation\":\"运输中\"},"
                + "{\"AcceptTime\":\"2026-03-01 10:00:00\",\"AcceptStation\":\"已签收\"}]}]}";
        List<CarrierTrace> traces = codec.decode(json).traces();
        assertThat(traces).hasSize(1);
        assertThat(traces.get(0).code()).isEqualTo("301");
        assertThat(traces.get(0).status()).isEqualTo(TrackingStatus.DELIVERED);
    }

    @Test
    void request_data_that_is_not_a_push_is_malformed() {
        for (String bad : new String[]{"not json", "[]", "{\"Data\":1}"}) {
            assertThatThrownBy(() -> codec.decode(bad)).isInstanceOfSatisfying(KaolaException.class,
                    e -> assertThat(e.is(LogisticsError.MALFORMED_PUSH)).isTrue());
        }
    }

    @Test
    void the_acknowledgement_is_kdniaos() {
        String ack = codec.ack("1000001", Instant.parse("2026-03-01T02:00:00Z"), true, "");
        assertThat(ack).isEqualTo("{\"EBusinessID\":\"1000001\",\"UpdateTime\":\"2026-03-01 10:00:00\","
                + "\"Success\":true,\"Reason\":\"\"}");
        assertThat(codec.acknowledged(ack)).isTrue();
        assertThat(codec.acknowledged("{\"Success\":false}")).isFalse();
    }
}
