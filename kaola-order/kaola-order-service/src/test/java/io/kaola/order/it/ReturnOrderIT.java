package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;
import io.kaola.order.standin.StandInCustomsReturns;
import io.kaola.order.standin.StandInLogistics;
import io.kaola.order.standin.StandInPayments;
import io.kaola.order.trade.application.ManageReturns;
import io.kaola.order.trade.domain.OrderReturn;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.pricing.api.PriceQuote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Returns after delivery (issue 12 §2), driven as ops and the messages of kaola-customs, kaola-logistics and
 * kaola-payment would: one unit of a two-unit line returned within the customs windows (tax refunded, quota restored),
 * a return outside them (neither), a refusal, and requests the rules refuse. The use case is called in-process: its
 * Dubbo interface is for the gateway only.
 */
class ReturnOrderIT extends MessageDrivenIT {
    @Autowired ManageReturns returns;
    @Autowired StandInCustomsReturns customs;
    @Autowired StandInLogistics logistics;
    @Autowired StandInPayments payments;

    @Test
    void one_unit_returned_within_the_windows_is_refunded_its_share_with_tax_and_its_quota_given_back()
            throws Exception {
        long buyer = 6205;
        Instant now = Instant.now();
        OrderView order = deliver(buyer, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
        String no = order.orderNo();
        long onHandBefore = stock.onHand(EUR_1);

        ReturnView asked = returns.request(buyer, no, new ReturnRequest(List.of(new ReturnRequest.Line(EUR_1, 1)),
                "wrong colour")).view();
        assertThat(asked.returnId()).isEqualTo(no + "R1");
        assertThat(asked.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThatThrownBy(() -> returns.request(buyer, no, new ReturnRequest(List.of(new ReturnRequest.Line(EUR_1, 2)),
                "both")))   // only one unit is left to return
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.INVALID_RETURN)).isTrue());

        ReturnView approved = returns.approve(asked.returnId(), "ops@kaola.test").view();
        assertThat(approved.status()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(approved.logisticsNo()).isEqualTo("RWB-" + asked.returnId());
        assertThat(customs.declaredReturn(asked.returnId())).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(1));
        assertThat(returns.approve(asked.returnId(), "ops@kaola.test").status()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(logistics.calls(asked.returnId())).isEqualTo(1);   // booked once, whatever the repeats

        // customs accepts the CEB625, then the parcel is back (twice: the consumer is idempotent)
        send(CustomsStatusChanged.TOPIC, no + ":RETURN_ACCEPTED:" + asked.returnId(), new CustomsStatusChanged(no,
                buyer, CustomsMilestone.RETURN_ACCEPTED, null, 800, "[Code:2600;Desc:退货审核通过]", Instant.now(),
                asked.returnId()));
        ParcelStatusChanged back = new ParcelStatusChanged(no, buyer, approved.logisticsNo(), TrackingStatus.RETURNED,
                Instant.now(), asked.returnId());
        send(ParcelStatusChanged.TOPIC, approved.logisticsNo() + ":RETURNED", back);
        send(ParcelStatusChanged.TOPIC, approved.logisticsNo() + ":RETURNED", back);
        await(() -> !payments.refundRequests(no).isEmpty());
        await(() -> returns.returnsOf(buyer, no).get(0).status() == ReturnStatus.REFUNDING);

        PriceQuote.LineQuote line = line(order, EUR_1);
        long expected = half(line.goods().minor() - line.discount().minor()) + half(line.shipping().minor())
                + half(line.tax().minor());
        RefundRequest refund = payments.refundRequests(no).get(0);
        assertThat(refund.idempotencyKey()).isEqualTo("return:" + asked.returnId());
        assertThat(refund.amount()).isEqualTo(Money.cny(expected));
        assertThat(refund.lines()).singleElement().satisfies(l -> {
            assertThat(l.skuCode()).isEqualTo(EUR_1);
            assertThat(l.quantity()).isEqualTo(1);
        });
        OrderReturn refunding = returns.returnsOf(buyer, no).get(0);
        assertThat(refunding.withinWindows()).isTrue();
        assertThat(refunding.refund().tax().minor()).isEqualTo(half(line.tax().minor()));
        assertThat(quota.restoredFen(no)).isEqualTo(half(line.dutiableValue().minor()));
        assertThat(stock.restocked(no, EUR_1)).isEqualTo(1);
        assertThat(stock.onHand(EUR_1)).isEqualTo(onHandBefore + 1);

        String refundNo = payments.refundsOfOrder(no).get(0).refundNo();
        RefundSucceeded succeeded = payments.succeed(refundNo);
        send(RefundSucceeded.TOPIC, refundNo, succeeded);
        send(RefundSucceeded.TOPIC, refundNo, succeeded);
        await(() -> returns.returnsOf(buyer, no).get(0).status() == ReturnStatus.REFUNDED);

        OrderView after = orders.getOrder(buyer, no);
        assertThat(after.status()).isEqualTo(OrderStatus.DELIVERED);   // the rest of the order is kept
        assertThat(after.returns()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReturnStatus.REFUNDED);
            assertThat(r.refund().total()).isEqualTo(Money.cny(expected));
            assertThat(r.refundNo()).isEqualTo(refundNo);
        });
        assertThat(after.refunds()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("SUCCEEDED");
            assertThat(r.lines()).hasSize(1);
        });
        assertThat(payments.refundRequests(no)).extracting(RefundRequest::idempotencyKey).containsOnly(
                "return:" + asked.returnId());
    }

    @Test
    void a_return_filed_more_than_30_days_after_release_is_refunded_without_its_tax_and_without_quota()
            throws Exception {
        long buyer = 6215;
        Instant now = Instant.now();
        OrderView order = deliver(buyer, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(5)));
        String no = order.orderNo();
        OrderReturn asked = returns.request(buyer, no, new ReturnRequest(List.of(new ReturnRequest.Line(CNY_1000, 1)),
                "changed my mind"));
        OrderReturn approved = returns.approve(asked.returnId(), "ops@kaola.test");
        send(CustomsStatusChanged.TOPIC, no + ":RETURN_ACCEPTED:" + asked.returnId(), new CustomsStatusChanged(no,
                buyer, CustomsMilestone.RETURN_ACCEPTED, null, 800, "[Code:2600;Desc:退货审核通过]", Instant.now(),
                asked.returnId()));
        send(ParcelStatusChanged.TOPIC, approved.logisticsNo() + ":RETURNED", new ParcelStatusChanged(no, buyer,
                approved.logisticsNo(), TrackingStatus.RETURNED, Instant.now(), asked.returnId()));
        await(() -> !payments.refundRequests(no).isEmpty());

        PriceQuote.LineQuote line = line(order, CNY_1000);
        assertThat(payments.refundRequests(no).get(0).amount().minor())
                .isEqualTo(line.goods().minor() - line.discount().minor() + line.shipping().minor());
        await(() -> returns.returnsOf(buyer, no).get(0).status() == ReturnStatus.REFUNDING);
        assertThat(returns.returnsOf(buyer, no).get(0).withinWindows()).isFalse();
        assertThat(quota.restoredFen(no)).isZero();
    }

    @Test
    void ops_refuse_with_a_reason_and_the_units_may_be_asked_for_again() throws Exception {
        long buyer = 6225;
        Instant now = Instant.now();
        String no = deliver(buyer, now.minus(Duration.ofDays(2)), now).orderNo();
        OrderReturn asked = returns.request(buyer, no, new ReturnRequest(List.of(new ReturnRequest.Line(EUR_1, 2)),
                "not as described"));
        assertThatThrownBy(() -> returns.refuse(asked.returnId(), " ", "ops@kaola.test"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.INVALID_RETURN)).isTrue());
        OrderReturn refused = returns.refuse(asked.returnId(), "opened and used", "ops@kaola.test");
        assertThat(refused.status()).isEqualTo(ReturnStatus.REFUSED);
        assertThat(refused.view().refusalReason()).isEqualTo("opened and used");
        assertThatThrownBy(() -> returns.approve(asked.returnId(), "ops@kaola.test"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.ILLEGAL_TRANSITION)).isTrue());
        assertThat(customs.declaredReturn(asked.returnId())).isNull();
        OrderReturn again = returns.request(buyer, no, new ReturnRequest(List.of(new ReturnRequest.Line(EUR_1, 2)),
                "not as described, photos attached"));
        assertThat(again.returnId()).isEqualTo(no + "R2");
    }

    @Test
    void an_order_not_delivered_cannot_be_returned_and_another_buyers_order_is_not_found() throws Exception {
        long buyer = 6235;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        assertThatThrownBy(() -> returns.request(buyer, order.orderNo(), new ReturnRequest(
                List.of(new ReturnRequest.Line(EUR_1, 1)), "r")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_RETURNABLE)).isTrue());
        assertThatThrownBy(() -> returns.request(buyer + 1, order.orderNo(), new ReturnRequest(
                List.of(new ReturnRequest.Line(EUR_1, 1)), "r")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
        assertThatThrownBy(() -> returns.approve("nonsense", "ops"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.RETURN_NOT_FOUND)).isTrue());
    }

    /** Places EUR_1 × 2 + CNY_1000 × 1, pays it, and has customs release it and the carrier deliver it at those times. */
    private OrderView deliver(long buyer, Instant releasedAt, Instant deliveredAt) throws Exception {
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 2), line(CNY_1000, 1)));
        String no = order.orderNo();
        send(PaymentSucceeded.TOPIC, "PAY-" + no, new PaymentSucceeded("PAY-" + no, no, buyer, order.price().total(),
                "txn-" + no, releasedAt.minusSeconds(60)));
        await(() -> status(buyer, no) == OrderStatus.PAID);
        send(CustomsStatusChanged.TOPIC, no + ":RELEASED", customs(no, buyer, CustomsMilestone.RELEASED, null, 800,
                releasedAt));
        await(() -> status(buyer, no) == OrderStatus.CLEARED);
        send(ParcelStatusChanged.TOPIC, "WB-" + no + ":OUTBOUND", new ParcelStatusChanged(no, buyer, "WB-" + no,
                TrackingStatus.OUTBOUND, releasedAt.plusSeconds(60)));
        await(() -> status(buyer, no) == OrderStatus.SHIPPED);
        send(ParcelStatusChanged.TOPIC, "WB-" + no + ":DELIVERED", new ParcelStatusChanged(no, buyer, "WB-" + no,
                TrackingStatus.DELIVERED, deliveredAt));
        await(() -> status(buyer, no) == OrderStatus.DELIVERED);
        return orders.getOrder(buyer, no);
    }

    private static PriceQuote.LineQuote line(OrderView order, String sku) {
        return order.price().lines().stream().filter(l -> l.skuCode().equals(sku)).findFirst().orElseThrow();
    }

    /** Half of an amount of 2 units, to the fen, HALF_UP (the share of 1 unit returned first). */
    private static long half(long fen) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
