package io.kaola.logistics;

import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.RejectionKind;
import io.kaola.logistics.api.CarrierScript;
import io.kaola.logistics.api.TrackingEventView;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.inventory.api.Warehouses;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.kaola.logistics.api.TrackingStatus.CLEARED;
import static io.kaola.logistics.api.TrackingStatus.COLLECTED;
import static io.kaola.logistics.api.TrackingStatus.DECLARED;
import static io.kaola.logistics.api.TrackingStatus.DELIVERED;
import static io.kaola.logistics.api.TrackingStatus.EXCEPTION;
import static io.kaola.logistics.api.TrackingStatus.IN_TRANSIT;
import static io.kaola.logistics.api.TrackingStatus.OUTBOUND;
import static io.kaola.logistics.api.TrackingStatus.OUT_FOR_DELIVERY;
import static io.kaola.logistics.api.TrackingStatus.PACKED;
import static io.kaola.logistics.api.TrackingStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A paid order's waybill, its customs milestones, and its journey through the sandbox carrier. */
class ParcelJourneyIT extends LogisticsItSupport {

    private Instant now() { return Instant.now().truncatedTo(ChronoUnit.MILLIS); }

    private String shippedAt(String orderNo) {
        return jdbc.queryForObject("SELECT CAST(shipped_at AS CHAR) FROM sandbox_carrier_waybill WHERE order_no = ?",
                String.class, orderNo);
    }

    @Test
    void a_paid_order_gets_one_waybill_and_a_released_order_travels_to_delivered() {
        long buyer = 8001;
        String orderNo = paidOrder(buyer);
        WaybillCreated waybill = awaitWaybill(orderNo);
        assertThat(waybill.consignee()).isEqualTo("张三");
        assertThat(waybill.consigneeTelephone()).isEqualTo("13800000000");
        assertThat(waybill.consigneeAddress()).isEqualTo("浙江省杭州市滨江区网商路 599 号");
        assertThat(waybill.weightGrams()).isEqualTo(2 * 250 + 1200);
        assertThat(waybill.freight().minor()).isEqualTo(1500);
        assertThat(waybill.warehouseCode()).isEqualTo(Warehouses.DEFAULT_BONDED);
        assertThat(waybill.logisticsNo()).startsWith("SBX");

        // a redelivered PAID finds the waybill and publishes it again: still one waybill
        OrderStatusChanged again = new OrderStatusChanged(orderNo, buyer, OrderStatus.PAID, OrderStatus.PENDING_PAYMENT,
                Instant.now(), null);
        mq.send(OrderStatusChanged.TOPIC, again.key(), again);
        await().atMost(Duration.ofSeconds(20)).until(() -> WAYBILLS.get(orderNo).size() >= 2);
        assertThat(WAYBILLS.get(orderNo)).extracting(WaybillCreated::logisticsNo).containsOnly(waybill.logisticsNo());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waybill WHERE order_no = ?", Integer.class, orderNo)).isEqualTo(1);

        // declared: in tracking, but nothing ships before release
        customs(orderNo, buyer, CustomsMilestone.DECLARED, 120, now());
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).status() == DECLARED);
        TrackingView declared = tracking(buyer, orderNo);
        assertThat(declared.waybillStatus()).isEqualTo(WaybillStatus.CREATED);
        assertThat(declared.events()).extracting(TrackingEventView::source).containsOnly("CUSTOMS");
        assertThat(shippedAt(orderNo)).isNull();

        customs(orderNo, buyer, CustomsMilestone.RELEASED, 800, now());
        await().atMost(Duration.ofSeconds(60)).until(() -> tracking(buyer, orderNo).status() == DELIVERED);
        TrackingView delivered = tracking(buyer, orderNo);
        assertThat(delivered.waybillStatus()).isEqualTo(WaybillStatus.SHIPPED);
        assertThat(delivered.events()).extracting(TrackingEventView::status).containsExactly(DECLARED, CLEARED,
                PACKED, OUTBOUND, COLLECTED, IN_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED);
        assertThat(delivered.events().get(1).description()).isEqualTo("[Code:800;Desc:test]");
        List<Instant> times = delivered.events().stream().map(TrackingEventView::at).toList();
        assertThat(times).isSorted();

        await().atMost(Duration.ofSeconds(20)).until(() -> parcelKeys(waybill.logisticsNo())
                .containsAll(List.of(waybill.logisticsNo() + ":OUTBOUND", waybill.logisticsNo() + ":COLLECTED",
                        waybill.logisticsNo() + ":DELIVERED")));
        assertThat(PARCEL_EVENTS.get(waybill.logisticsNo())).extracting(e -> e.orderNo()).containsOnly(orderNo);
        // the sandbox's default: out of order and every push twice, deduplicated here
        assertThat(GATEWAY_CALLS.get()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void a_scripted_refusal_ends_returned_after_the_exception() {
        long buyer = 8002;
        String orderNo = paidOrder(buyer);
        String logisticsNo = awaitWaybill(orderNo).logisticsNo();
        CarrierScript script = remote.sandbox().script(orderNo,
                new CarrierScript(20L, List.of(TrackingStatus.COLLECTED), null, true, false, 1));
        assertThat(script.refuse()).isTrue();
        assertThat(script.repeats()).isEqualTo(1);

        customs(orderNo, buyer, CustomsMilestone.RELEASED, 800, now());
        await().atMost(Duration.ofSeconds(60)).until(() -> tracking(buyer, orderNo).status() == RETURNED);
        TrackingView view = tracking(buyer, orderNo);
        // the lost COLLECTED push is carried by the next one (full traces), as real carriers do
        assertThat(view.events()).extracting(TrackingEventView::status).containsExactly(CLEARED, PACKED, OUTBOUND,
                COLLECTED, IN_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, EXCEPTION, RETURNED);
        await().atMost(Duration.ofSeconds(20)).until(() -> parcelKeys(logisticsNo).contains(logisticsNo + ":RETURNED"));
        assertThat(parcelKeys(logisticsNo)).doesNotContain(logisticsNo + ":DELIVERED");
    }

    @Test
    void a_quota_rejection_fails_clearance_and_the_parcel_never_ships() {
        long buyer = 8003;
        String orderNo = paidOrder(buyer);
        awaitWaybill(orderNo);
        customs(orderNo, buyer, CustomsMilestone.DECLARED, 120, now().minusSeconds(5));
        customs(orderNo, buyer, CustomsMilestone.REJECTED, RejectionKind.QUOTA, 100, now());
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).status() == TrackingStatus.CLEARANCE_FAILED);
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).waybillStatus() == WaybillStatus.CANCELLED);
        assertThat(shippedAt(orderNo)).isNull();
    }

    @Test
    void a_declaration_cancelled_before_release_cancels_the_waybill_and_a_later_release_ships_nothing() {
        long buyer = 8004;
        String orderNo = paidOrder(buyer);
        awaitWaybill(orderNo);
        customs(orderNo, buyer, CustomsMilestone.DECLARED, 120, now().minusSeconds(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).status() == DECLARED);
        customs(orderNo, buyer, CustomsMilestone.CANCEL_REFUSED, 0, now().minusSeconds(3));   // changes nothing
        customs(orderNo, buyer, CustomsMilestone.CANCELLED, 0, now().minusSeconds(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).waybillStatus() == WaybillStatus.CANCELLED);
        customs(orderNo, buyer, CustomsMilestone.RELEASED, 800, now());
        await().atMost(Duration.ofSeconds(20)).until(() -> tracking(buyer, orderNo).events().size() == 2);
        assertThat(tracking(buyer, orderNo).events()).extracting(TrackingEventView::status).containsExactly(DECLARED, CLEARED);
        assertThat(tracking(buyer, orderNo).waybillStatus()).isEqualTo(WaybillStatus.CANCELLED);
        assertThat(shippedAt(orderNo)).isNull();
    }
}
