package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CancellationStatus;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.RejectionKind;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderRefund;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.StatusChange;
import io.kaola.order.standin.StandInCustoms;
import io.kaola.order.standin.StandInPayments;
import io.kaola.order.standin.StandInPromotion;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Money back for a paid order that will not ship (issue 12 §2), driven by the messages kaola-customs and kaola-payment
 * send: a cancel before customs release, a customs rejection, and a cancel that loses to the release.
 */
class RefundOrderIT extends MessageDrivenIT {
    @Autowired StandInCustoms customs;
    @Autowired StandInPayments payments;
    @Autowired StandInPromotion promotion;

    @Test
    void a_paid_order_cancelled_before_release_is_refunded_in_full_once_with_stock_quota_and_coupon_back()
            throws Exception {
        long buyer = 6105;
        long coupon = promotion.issue(buyer, 5_000, null);
        OrderView order = orders.placeOrder(new PlaceOrderRequest(buyer, UUID.randomUUID().toString(), ADDRESS,
                List.of(line(CNY_1000, 2)), coupon));
        String no = order.orderNo();
        long onHandBefore = stock.onHand(CNY_1000);
        pay(buyer, order);
        await(() -> promotion.status(coupon) == CouponStatus.USED);
        assertThat(stock.onHand(CNY_1000)).isEqualTo(onHandBefore - 2);

        OrderView cancelling = orders.cancelOrder(buyer, no);   // customs answers CANCELLING: a CEB623 is on its way
        assertThat(cancelling.status()).isEqualTo(OrderStatus.REFUNDING);
        assertThat(customs.calls(no)).isEqualTo(1);
        assertThat(payments.refundRequests(no)).isEmpty();        // nothing goes back before customs confirms
        assertThat(stock.reservation(no).status()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(orders.cancelOrder(buyer, no).status()).isEqualTo(OrderStatus.REFUNDING);   // a repeat asks again
        assertThat(customs.calls(no)).isEqualTo(2);

        // customs confirms the cancellation, twice (consumers dedupe by the table and the idempotency key)
        send(CustomsStatusChanged.TOPIC, no + ":CANCELLED", customs(no, buyer, CustomsMilestone.CANCELLED, null, 800,
                Instant.now()));
        send(CustomsStatusChanged.TOPIC, no + ":CANCELLED", customs(no, buyer, CustomsMilestone.CANCELLED, null, 800,
                Instant.now()));
        await(() -> payments.refundRequests(no).size() >= 2);
        List<RefundRequest> asked = payments.refundRequests(no);
        assertThat(asked).extracting(RefundRequest::idempotencyKey).containsOnly("order:" + no);
        assertThat(asked.get(0).amount()).isEqualTo(order.price().total());   // goods − coupon + shipping + tax
        assertThat(asked.get(0).lines()).isEmpty();
        assertThat(payments.refundsOfOrder(no)).hasSize(1);                   // one refund, however often asked
        assertThat(stock.reservation(no).status()).isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(stock.onHand(CNY_1000)).isEqualTo(onHandBefore);
        assertThat(quota.reservation(no).status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.UNUSED);
        assertThat(status(buyer, no)).isEqualTo(OrderStatus.REFUNDING);

        // the provider confirms: refund-succeeded, twice
        String refundNo = payments.refundsOfOrder(no).get(0).refundNo();
        RefundSucceeded succeeded = payments.succeed(refundNo);
        send(RefundSucceeded.TOPIC, refundNo, succeeded);
        send(RefundSucceeded.TOPIC, refundNo, succeeded);
        await(() -> status(buyer, no) == OrderStatus.REFUNDED);

        OrderView refunded = orders.getOrder(buyer, no);
        assertThat(refunded.history()).extracting(StatusChange::status).containsExactly(OrderStatus.PENDING_PAYMENT,
                OrderStatus.PAID, OrderStatus.REFUNDING, OrderStatus.REFUNDED);
        assertThat(refunded.refunds()).singleElement().satisfies(r -> {
            assertThat(r.refundNo()).isEqualTo(refundNo);
            assertThat(r.amount()).isEqualTo(order.price().total());
            assertThat(r.status()).isEqualTo("SUCCEEDED");
        });
        assertThat(orders.cancelOrder(buyer, no).status()).isEqualTo(OrderStatus.REFUNDED);   // nothing more happens
        assertThat(customs.calls(no)).isEqualTo(2);
        await(() -> heard.of(no).stream().anyMatch(e -> e.status() == OrderStatus.REFUNDED));
        assertThat(heard.of(no)).extracting(OrderStatusChanged::status).contains(OrderStatus.REFUNDING);
    }

    @Test
    void a_released_order_cannot_be_cancelled_and_nothing_changes() throws Exception {
        long buyer = 6115;
        OrderView declaring = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        pay(buyer, declaring);
        customs.released(declaring.orderNo());   // customs released it; the release message is not here yet
        assertThatThrownBy(() -> orders.cancelOrder(buyer, declaring.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.ALREADY_RELEASED)).isTrue());
        assertThat(status(buyer, declaring.orderNo())).isEqualTo(OrderStatus.PAID);

        send(CustomsStatusChanged.TOPIC, declaring.orderNo() + ":RELEASED", customs(declaring.orderNo(), buyer,
                CustomsMilestone.RELEASED, null, 800, Instant.now()));
        await(() -> status(buyer, declaring.orderNo()) == OrderStatus.CLEARED);
        int calls = customs.calls(declaring.orderNo());
        assertThatThrownBy(() -> orders.cancelOrder(buyer, declaring.orderNo()))   // refused here, customs not asked
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.ALREADY_RELEASED)).isTrue());
        assertThat(customs.calls(declaring.orderNo())).isEqualTo(calls);
        assertThat(payments.refundRequests(declaring.orderNo())).isEmpty();
    }

    @Test
    void a_cancel_that_loses_to_the_release_ships_and_refunds_nothing() throws Exception {
        long buyer = 6125;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        String no = order.orderNo();
        pay(buyer, order);
        assertThat(orders.cancelOrder(buyer, no).status()).isEqualTo(OrderStatus.REFUNDING);

        send(CustomsStatusChanged.TOPIC, no + ":RELEASED", customs(no, buyer, CustomsMilestone.RELEASED, null, 800,
                Instant.now()));
        send(CustomsStatusChanged.TOPIC, no + ":CANCEL_REFUSED", customs(no, buyer, CustomsMilestone.CANCEL_REFUSED,
                null, 100, Instant.now()));
        await(() -> status(buyer, no) == OrderStatus.CLEARED);
        assertThat(payments.refundRequests(no)).isEmpty();
        assertThat(stock.reservation(no).status()).isEqualTo(ReservationStatus.DEDUCTED);
    }

    @Test
    void a_customs_rejection_for_identity_is_refunded_in_full_without_anyone_asking() throws Exception {
        long buyer = 6135;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 3)));
        String no = order.orderNo();
        pay(buyer, order);
        send(CustomsStatusChanged.TOPIC, no + ":REJECTED:1", customs(no, buyer, CustomsMilestone.REJECTED,
                RejectionKind.IDENTITY, 100, Instant.now()));
        await(() -> !payments.refundRequests(no).isEmpty());
        assertThat(status(buyer, no)).isEqualTo(OrderStatus.CUSTOMS_REJECTED);
        assertThat(payments.refundRequests(no).get(0).amount()).isEqualTo(order.price().total());
        assertThat(stock.reservation(no).status()).isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(quota.reservation(no).status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(orders.cancelOrder(buyer, no).status()).isEqualTo(OrderStatus.CUSTOMS_REJECTED);   // refunded anyway
        assertThat(customs.calls(no)).isZero();

        String refundNo = payments.refundsOfOrder(no).get(0).refundNo();
        send(RefundSucceeded.TOPIC, refundNo, payments.succeed(refundNo));
        await(() -> status(buyer, no) == OrderStatus.REFUNDED);
        assertThat(orders.getOrder(buyer, no).refunds()).extracting(OrderRefund::status).containsExactly("SUCCEEDED");
    }

    private void pay(long buyer, OrderView order) throws Exception {
        String no = order.orderNo();
        send(PaymentSucceeded.TOPIC, "PAY-" + no, new PaymentSucceeded("PAY-" + no, no, buyer, order.price().total(),
                "txn-" + no, Instant.now()));
        await(() -> status(buyer, no) == OrderStatus.PAID);
    }
}
