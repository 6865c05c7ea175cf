package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.RejectionKind;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.StatusChange;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order's journey after PAID, driven only by messages as kaola-customs and kaola-logistics send them (out of
 * order and repeated), and the unpaid timeout (kaola.order.unpaid-timeout=15s in {@link OrderItSupport}; the test
 * broker's delay levels are all 1 s, so the timer hops until due).
 */
class OrderJourneyIT extends MessageDrivenIT {

    @Test
    void messages_out_of_order_and_repeated_take_a_paid_order_to_the_door_once_with_its_history() throws Exception {
        long buyer = 5005;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        String no = order.orderNo();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        send(PaymentSucceeded.TOPIC, "PAY-" + no, new PaymentSucceeded("PAY-" + no, no, buyer, order.price().total(),
                "sandbox-txn-" + no, t0));
        await(() -> status(buyer, no) == OrderStatus.PAID);
        assertThat(orders.getOrder(buyer, no).payTransactionId()).isEqualTo("sandbox-txn-" + no);

        // customs: RELEASED overtakes DECLARED; DECLARED arrives late and twice
        send(CustomsStatusChanged.TOPIC, no + ":RELEASED", customs(no, buyer, CustomsMilestone.RELEASED, null, 800,
                t0.plusSeconds(20)));
        await(() -> status(buyer, no) == OrderStatus.CLEARED);
        send(CustomsStatusChanged.TOPIC, no + ":DECLARED", customs(no, buyer, CustomsMilestone.DECLARED, null, 120,
                t0.plusSeconds(10)));
        send(CustomsStatusChanged.TOPIC, no + ":DECLARED", customs(no, buyer, CustomsMilestone.DECLARED, null, 120,
                t0.plusSeconds(10)));

        // logistics: DELIVERED overtakes OUTBOUND (refused, then redelivered after OUTBOUND moved the order)
        send(ParcelStatusChanged.TOPIC, "WB1:DELIVERED", new ParcelStatusChanged(no, buyer, "WB1",
                TrackingStatus.DELIVERED, t0.plusSeconds(40)));
        send(ParcelStatusChanged.TOPIC, "WB1:OUTBOUND", new ParcelStatusChanged(no, buyer, "WB1",
                TrackingStatus.OUTBOUND, t0.plusSeconds(30)));
        await(() -> status(buyer, no) == OrderStatus.DELIVERED);
        send(ParcelStatusChanged.TOPIC, "WB1:COLLECTED", new ParcelStatusChanged(no, buyer, "WB1",
                TrackingStatus.COLLECTED, t0.plusSeconds(31)));

        OrderView delivered = orders.getOrder(buyer, no);
        assertThat(delivered.history()).extracting(StatusChange::status).containsExactly(OrderStatus.PENDING_PAYMENT,
                OrderStatus.PAID, OrderStatus.CLEARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(delivered.history()).extracting(StatusChange::at).isSorted();
        assertThat(delivered.history().get(4).at()).isEqualTo(t0.plusSeconds(40));

        OrderView completed = orders.confirmReceipt(buyer, no);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(orders.confirmReceipt(buyer, no).status()).isEqualTo(OrderStatus.COMPLETED);  // idempotent

        await(() -> heard.of(no).stream().anyMatch(e -> e.status() == OrderStatus.COMPLETED));
        assertThat(heard.of(no)).extracting(OrderStatusChanged::status).contains(OrderStatus.PAID,
                OrderStatus.CLEARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED);
        assertThat(heard.of(no)).extracting(OrderStatusChanged::status).doesNotContain(OrderStatus.DECLARING);
    }

    @Test
    void a_shopper_cannot_confirm_an_order_that_was_not_delivered() {
        OrderView order = orders.placeOrder(request(5015, line(EUR_1, 1)));
        assertThatThrownBy(() -> orders.confirmReceipt(5015, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.ILLEGAL_TRANSITION)).isTrue());
        assertThatThrownBy(() -> orders.confirmReceipt(5016, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
    }

    @Test
    void a_customs_rejection_for_quota_stops_the_order_with_the_reason_and_a_data_rejection_does_not() throws Exception {
        long buyer = 5025;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        String no = order.orderNo();
        send(PaymentSucceeded.TOPIC, "PAY-" + no, new PaymentSucceeded("PAY-" + no, no, buyer, order.price().total(),
                "txn", Instant.now()));
        await(() -> status(buyer, no) == OrderStatus.PAID);
        send(CustomsStatusChanged.TOPIC, no + ":DECLARED", customs(no, buyer, CustomsMilestone.DECLARED, null, 120,
                Instant.now()));
        await(() -> status(buyer, no) == OrderStatus.DECLARING);

        send(CustomsStatusChanged.TOPIC, no + ":REJECTED:1", customs(no, buyer, CustomsMilestone.REJECTED,
                RejectionKind.DATA, -621001, Instant.now()));
        send(CustomsStatusChanged.TOPIC, no + ":REJECTED:2", customs(no, buyer, CustomsMilestone.REJECTED,
                RejectionKind.QUOTA, 100, Instant.now().plusSeconds(1)));
        await(() -> status(buyer, no) == OrderStatus.CUSTOMS_REJECTED);
        assertThat(heard.of(no)).isNotEmpty();
        await(() -> heard.of(no).stream().anyMatch(e -> e.status() == OrderStatus.CUSTOMS_REJECTED
                && e.reason().contains("QUOTA") && e.reason().contains("[Code:")));
    }

    @Test
    void an_unpaid_order_is_closed_by_the_timeout_with_its_stock_and_quota_released() throws Exception {
        long buyer = 5035;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 2)));
        String no = order.orderNo();
        assertThat(order.payBy()).isEqualTo(order.createdAt().plusSeconds(15));

        await(() -> status(buyer, no) == OrderStatus.CLOSED);

        assertThat(Instant.now()).isAfterOrEqualTo(order.payBy());
        OrderView closed = orders.getOrder(buyer, no);
        assertThat(closed.history()).extracting(StatusChange::status)
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.CLOSED);
        assertThat(stock.reservation(no).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(quota.reservation(no).status()).isEqualTo(QuotaStatus.RELEASED);
        await(() -> heard.of(no).stream().anyMatch(e -> e.status() == OrderStatus.CLOSED
                && e.reason().contains("unpaid 15 seconds")));
    }
}
