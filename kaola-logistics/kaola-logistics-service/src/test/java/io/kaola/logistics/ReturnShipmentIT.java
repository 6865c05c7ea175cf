package io.kaola.logistics;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.api.ReturnShipmentService;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.logistics.api.TrackingEventView;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.api.WaybillCreated;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.kaola.logistics.api.TrackingStatus.COLLECTED;
import static io.kaola.logistics.api.TrackingStatus.DELIVERED;
import static io.kaola.logistics.api.TrackingStatus.IN_TRANSIT;
import static io.kaola.logistics.api.TrackingStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Returns after delivery: ReturnShipmentService.bookReturn called as kaola-order (its certificate), the sandbox
 * carrier's return journey through the same signed callback path (out of order, every push twice), and
 * parcel-status-changed with the returnId, once per status.
 */
class ReturnShipmentIT extends LogisticsItSupport {
    @Autowired ApplicationContext context;

    private ServicePlaneClient asOrder;
    private ReturnShipmentService returns;

    @BeforeEach
    void callAsKaolaOrder() {
        asOrder = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials());
        returns = asOrder.reference(ReturnShipmentService.class,
                ServicePlaneClient.providerAddress(context, ReturnShipmentService.class));
    }

    @AfterEach
    void close() { asOrder.close(); }

    private static Instant now() { return Instant.now().truncatedTo(ChronoUnit.MILLIS); }

    /** @return a paid order released by customs and delivered by the sandbox carrier: its outbound waybill */
    private WaybillCreated deliveredOrder(long buyer) {
        String orderNo = paidOrder(buyer);
        WaybillCreated waybill = awaitWaybill(orderNo);
        customs(orderNo, buyer, CustomsMilestone.RELEASED, 800, now());
        await().atMost(Duration.ofSeconds(60)).until(() -> tracking(buyer, orderNo).status() == DELIVERED);
        return waybill;
    }

    @Test
    void a_delivered_order_is_collected_and_brought_back_on_a_return_waybill_of_its_own() throws Exception {
        long buyer = 9001;
        WaybillCreated outbound = deliveredOrder(buyer);
        String orderNo = outbound.orderNo();
        TrackingView before = tracking(buyer, orderNo);
        String returnId = "RT-" + orderNo;

        ReturnShipmentView booked = returns.bookReturn(returnId, orderNo);
        assertThat(booked.returnId()).isEqualTo(returnId);
        assertThat(booked.orderNo()).isEqualTo(orderNo);
        assertThat(booked.logisticsNo()).startsWith("SBXR").isNotEqualTo(outbound.logisticsNo());
        assertThat(booked.status()).isIn(TrackingStatus.BOOKED, COLLECTED, IN_TRANSIT, RETURNED);
        assertThat(booked.bookedAt()).isNotNull();
        String returnNo = booked.logisticsNo();

        // the return journey: collected, in transit, back in the warehouse, published with the returnId. Each push is
        // sent twice and the held-back one late: every event is recorded once, and a status is published again only
        // as the very same message (same key, same event) when the same push comes again, as for outbound parcels
        await().atMost(Duration.ofSeconds(30)).until(() -> parcelKeys(returnNo).containsAll(
                List.of(returnNo + ":COLLECTED", returnNo + ":IN_TRANSIT", returnNo + ":RETURNED")));
        Thread.sleep(1500);   // the held-back and repeated pushes of the journey are applied by now
        assertThat(Set.copyOf(parcelKeys(returnNo))).containsExactlyInAnyOrder(returnNo + ":COLLECTED",
                returnNo + ":IN_TRANSIT", returnNo + ":RETURNED");
        List<ParcelStatusChanged> events = PARCEL_EVENTS.get(returnNo);
        assertThat(Set.copyOf(events)).hasSize(3)
                .extracting(ParcelStatusChanged::status).containsExactlyInAnyOrder(COLLECTED, IN_TRANSIT, RETURNED);
        assertThat(events).extracting(ParcelStatusChanged::returnId).containsOnly(returnId);
        assertThat(events).extracting(ParcelStatusChanged::orderNo).containsOnly(orderNo);
        assertThat(events).extracting(ParcelStatusChanged::buyerId).containsOnly(buyer);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracking_event WHERE logistics_no = ?", Integer.class,
                returnNo)).isEqualTo(3);
        assertThat(jdbc.queryForMap("SELECT status, progress FROM parcel WHERE logistics_no = ?", returnNo))
                .isEqualTo(Map.of("status", "RETURNED", "progress", "IN_TRANSIT"));

        // booking again: the same return waybill, its status now, nothing booked twice
        ReturnShipmentView again = returns.bookReturn(returnId, orderNo);
        assertThat(again.logisticsNo()).isEqualTo(returnNo);
        assertThat(again.status()).isEqualTo(RETURNED);
        assertThat(again.bookedAt()).isEqualTo(booked.bookedAt());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_waybill WHERE order_no = ?", Integer.class, orderNo)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_carrier_return WHERE order_no = ?", Integer.class, orderNo)).isOne();

        // the outbound waybill never moves: still delivered, its events and its published statuses unchanged
        TrackingView after = tracking(buyer, orderNo);
        assertThat(after).isEqualTo(before);
        assertThat(after.events()).extracting(TrackingEventView::status).doesNotContain(RETURNED);
        assertThat(PARCEL_EVENTS.get(outbound.logisticsNo())).extracting(ParcelStatusChanged::returnId).containsOnlyNulls();
        assertThat(parcelKeys(outbound.logisticsNo())).doesNotContain(outbound.logisticsNo() + ":RETURNED");
    }

    @Test
    void an_order_that_never_shipped_has_nothing_to_bring_back() {
        long buyer = 9002;
        // an order kaola-order knows, never paid here: no waybill at all
        String unpaid = orderNo();
        StandInOrderService.put(unpaid, buyer, Map.of("SKU-" + unpaid, 1), 0);
        assertThat(refusal(() -> returns.bookReturn("RT-" + unpaid, unpaid)).is(LogisticsError.WAYBILL_NOT_FOUND)).isTrue();

        // paid, waybill CREATED, never released: the parcel never left the bonded warehouse
        String paid = paidOrder(buyer);
        awaitWaybill(paid);
        KaolaException notShipped = refusal(() -> returns.bookReturn("RT-" + paid, paid));
        assertThat(notShipped.is(LogisticsError.WAYBILL_NOT_FOUND)).isTrue();
        assertThat(notShipped.getMessage()).contains("CREATED");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_waybill WHERE order_no IN (?, ?)", Integer.class,
                unpaid, paid)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_carrier_return WHERE order_no IN (?, ?)",
                Integer.class, unpaid, paid)).isZero();
    }

    @Test
    void ids_are_checked_and_a_return_id_belongs_to_one_order() {
        long buyer = 9003;
        WaybillCreated outbound = deliveredOrder(buyer);
        String returnId = "RT-" + outbound.orderNo();
        returns.bookReturn(returnId, outbound.orderNo());

        assertThat(refusal(() -> returns.bookReturn(returnId, "ANOTHER-ORDER")).is(CommonError.INVALID_REQUEST)).isTrue();
        assertThat(refusal(() -> returns.bookReturn(" ", outbound.orderNo())).is(CommonError.INVALID_REQUEST)).isTrue();
        assertThat(refusal(() -> returns.bookReturn("R".repeat(65), outbound.orderNo())).is(CommonError.INVALID_REQUEST)).isTrue();
        assertThat(refusal(() -> returns.bookReturn("RT-X", null)).is(CommonError.INVALID_REQUEST)).isTrue();
    }

    @Test
    void only_kaola_order_may_book_a_return() {
        try (ServicePlaneClient gateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials())) {
            ReturnShipmentService asGateway = gateway.reference(ReturnShipmentService.class,
                    ServicePlaneClient.providerAddress(context, ReturnShipmentService.class));
            assertThat(refusal(() -> asGateway.bookReturn("RT-FORBIDDEN", "ANY-ORDER")).is(CommonError.FORBIDDEN)).isTrue();
        }
    }

    private static KaolaException refusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (KaolaException e) {
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected a KaolaException, got " + other, other);
        }
        throw new AssertionError("expected a KaolaException");
    }
}
