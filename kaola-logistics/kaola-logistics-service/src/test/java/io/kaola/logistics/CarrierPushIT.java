package io.kaola.logistics;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.CarrierPush;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.logistics.carrier.domain.KdniaoPush;
import io.kaola.logistics.carrier.domain.PushSignature;
import io.kaola.logistics.carrier.infrastructure.KdniaoCodec;
import io.kaola.logistics.carrier.sandbox.SandboxCarrier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Carrier pushes through CarrierCallbackService, as the gateway hands them over: signatures, dedupe, never backwards. */
class CarrierPushIT extends LogisticsItSupport {
    private final KdniaoCodec codec = new KdniaoCodec(new com.fasterxml.jackson.databind.ObjectMapper());
    private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

    /** A push of one trace for the waybill: code, minutes after {@link #base}. */
    private String push(String logisticsNo, String code, int minutes) {
        String at = KdniaoPush.format(base.plus(Duration.ofMinutes(minutes)));
        return codec.encode(new KdniaoPush("1000001", at, List.of(new KdniaoPush.Parcel(SandboxCarrier.SHIPPER_CODE,
                logisticsNo, code.substring(0, 1), code, List.of(new KdniaoPush.Trace(at, "trace " + code, "杭州", code))))));
    }

    private void send(String requestData) {
        remote.callbacks().acceptPush(new CarrierPush("sandbox", journeys.signedForm(requestData)));
    }

    private int eventCount(String logisticsNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tracking_event WHERE logistics_no = ?", Integer.class, logisticsNo);
    }

    @Test
    void a_push_with_a_bad_signature_is_refused_and_records_nothing() {
        long buyer = 7001;
        String orderNo = paidOrder(buyer);
        String logisticsNo = awaitWaybill(orderNo).logisticsNo();
        String collected = push(logisticsNo, "1", 1);

        Map<String, String> forged = new HashMap<>(journeys.signedForm(collected));
        forged.put("DataSign", PushSignature.sign("not-the-secret".getBytes(StandardCharsets.UTF_8), collected));
        Map<String, String> tampered = new HashMap<>(journeys.signedForm(collected));
        tampered.put("RequestData", collected.replace("trace 1", "trace X"));
        Map<String, String> unsigned = new HashMap<>(journeys.signedForm(collected));
        unsigned.remove("DataSign");
        for (Map<String, String> form : List.of(forged, tampered)) {
            assertThatThrownBy(() -> remote.callbacks().acceptPush(new CarrierPush("sandbox", form)))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(LogisticsError.BAD_SIGNATURE)).isTrue());
        }
        assertThatThrownBy(() -> remote.callbacks().acceptPush(new CarrierPush("sandbox", unsigned)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(LogisticsError.MALFORMED_PUSH)).isTrue());
        assertThatThrownBy(() -> remote.callbacks().acceptPush(new CarrierPush("nobody", journeys.signedForm(collected))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(LogisticsError.UNKNOWN_CARRIER)).isTrue());

        // a good push afterwards is applied; the refused ones never were
        send(push(logisticsNo, "2", 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).status() == TrackingStatus.IN_TRANSIT);
        TrackingView view = tracking(buyer, orderNo);
        assertThat(view.events()).extracting(e -> e.code()).containsExactly("2");
        assertThat(eventCount(logisticsNo)).isEqualTo(1);
    }

    @Test
    void repeated_and_out_of_order_events_are_applied_once_and_never_move_the_parcel_back() {
        long buyer = 7002;
        String orderNo = paidOrder(buyer);
        WaybillCreated waybill = awaitWaybill(orderNo);
        String logisticsNo = waybill.logisticsNo();

        String delivered = push(logisticsNo, "301", 30);
        send(delivered);
        send(push(logisticsNo, "1", 10));
        send(delivered);                                  // the carrier repeats itself
        send(push(logisticsNo, "202", 20));
        send(push(logisticsNo, "405", 25));               // a problem reported late, older than delivery
        send(delivered);

        await().atMost(Duration.ofSeconds(20)).until(() -> eventCount(logisticsNo) == 4);
        TrackingView view = tracking(buyer, orderNo);
        assertThat(view.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(view.events()).extracting(e -> e.status()).containsExactly(TrackingStatus.COLLECTED,
                TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.EXCEPTION, TrackingStatus.DELIVERED);
        List<String> reached = jdbc.queryForList(
                "SELECT code FROM tracking_event WHERE logistics_no = ? AND reached", String.class, logisticsNo);
        assertThat(reached).containsExactly("301");
        await().atMost(Duration.ofSeconds(20)).until(() -> parcelKeys(logisticsNo).contains(logisticsNo + ":DELIVERED"));
        assertThat(PARCEL_EVENTS.get(logisticsNo)).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(TrackingStatus.DELIVERED);
            assertThat(e.orderNo()).isEqualTo(orderNo);
            assertThat(e.buyerId()).isEqualTo(buyer);
        });
    }

    @Test
    void tracking_of_another_buyers_order_is_refused_and_an_order_without_waybill_has_none() {
        long buyer = 7003;
        String orderNo = paidOrder(buyer);
        awaitWaybill(orderNo);
        assertThatThrownBy(() -> tracking(buyer + 1, orderNo))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(LogisticsError.WAYBILL_NOT_FOUND)).isTrue());
        TrackingView none = tracking(buyer, "LT-NO-WAYBILL");
        assertThat(none.logisticsNo()).isNull();
        assertThat(none.events()).isEmpty();
    }
}
