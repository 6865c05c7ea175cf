package io.kaola.order.trade.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnView;
import io.kaola.pricing.api.PriceQuote;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.kaola.order.api.ReturnStatus.APPROVED;
import static io.kaola.order.api.ReturnStatus.RECEIVED;
import static io.kaola.order.api.ReturnStatus.REFUNDED;
import static io.kaola.order.api.ReturnStatus.REFUNDING;
import static io.kaola.order.api.ReturnStatus.REFUSED;
import static io.kaola.order.api.ReturnStatus.REQUESTED;
import static io.kaola.order.trade.domain.ReturnTransition.APPROVE;
import static io.kaola.order.trade.domain.ReturnTransition.ASK_REFUND;
import static io.kaola.order.trade.domain.ReturnTransition.COMPLETE;
import static io.kaola.order.trade.domain.ReturnTransition.RECEIVE;
import static io.kaola.order.trade.domain.ReturnTransition.REFUSE;
import static io.kaola.order.trade.domain.ReturnTransition.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Returns after delivery: the transition table, who may return what, the customs windows and the refund shares. */
class ReturnDomainTest {
    private static final Instant RELEASED = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant DELIVERED = RELEASED.plus(Duration.ofDays(3));

    /** The table written out independently of the enum: (6 statuses + none) × 6 transitions. */
    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_specified() {
        int checked = TransitionTableCheck.of(ReturnTransition.LIFECYCLE, OrderError.ILLEGAL_TRANSITION)
                .move(null, REQUEST, REQUESTED)
                .move(REQUESTED, APPROVE, APPROVED).move(REQUESTED, REFUSE, REFUSED)
                .move(APPROVED, RECEIVE, RECEIVED).move(RECEIVED, ASK_REFUND, REFUNDING)
                .move(REFUNDING, COMPLETE, REFUNDED)
                // repeats
                .stay(REQUESTED, REQUEST).stay(APPROVED, APPROVE).stay(REFUSED, REFUSE).stay(RECEIVED, RECEIVE)
                .stay(REFUNDING, ASK_REFUND).stay(REFUNDED, COMPLETE)
                // late: already further
                .stay(RECEIVED, APPROVE).stay(REFUNDING, APPROVE).stay(REFUNDED, APPROVE)
                .stay(REFUNDING, RECEIVE).stay(REFUNDED, RECEIVE).stay(REFUNDED, ASK_REFUND)
                .verify();
        assertThat(checked).isEqualTo(7 * 6);
        assertThat(ReturnTransition.LIFECYCLE.decide(APPROVED, REFUSE).refused()).isTrue();   // too late to refuse
        assertThat(ReturnTransition.LIFECYCLE.decide(REQUESTED, RECEIVE).refused()).isTrue(); // parcel before approval
    }

    @Test
    void a_return_is_for_delivered_orders_within_the_period_and_the_units_not_already_returned() {
        Order delivered = order(OrderStatus.DELIVERED);
        Duration period = Duration.ofDays(30);
        Instant now = DELIVERED.plus(Duration.ofDays(2));
        ReturnRules.checkRequest(delivered, List.of(line("A", 1), line("B", 3)), "too small", Map.of(), now, period);

        assertRefused(() -> ReturnRules.checkRequest(order(OrderStatus.SHIPPED), List.of(line("A", 1)), "r", Map.of(),
                now, period), OrderError.NOT_RETURNABLE, "delivered");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("A", 1)), "r", Map.of(),
                DELIVERED.plus(Duration.ofDays(31)), period), OrderError.NOT_RETURNABLE, "30 days");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("C", 1)), "r", Map.of(), now, period),
                OrderError.INVALID_RETURN, "SKU C");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("A", 1), line("A", 1)), "r", Map.of(),
                now, period), OrderError.INVALID_RETURN, "twice");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("B", 2)), "r", Map.of("B", 2), now,
                period), OrderError.INVALID_RETURN, "1..1");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("A", 0)), "r", Map.of(), now, period),
                OrderError.INVALID_RETURN, "quantity");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(), "r", Map.of(), now, period),
                OrderError.INVALID_RETURN, "lines");
        assertRefused(() -> ReturnRules.checkRequest(delivered, List.of(line("A", 1)), " ", Map.of(), now, period),
                OrderError.INVALID_RETURN, "reason");
    }

    @Test
    void the_windows_are_30_days_to_file_and_45_to_be_back_counted_from_the_release_and_need_customs_acceptance() {
        Instant day30 = RELEASED.plus(Duration.ofDays(30));
        Instant day45 = RELEASED.plus(Duration.ofDays(45));
        assertThat(ReturnRules.withinWindows(RELEASED, day30, day45, true)).isTrue();
        assertThat(ReturnRules.withinWindows(RELEASED, day30.plusSeconds(1), day45, true)).isFalse();
        assertThat(ReturnRules.withinWindows(RELEASED, day30, day45.plusSeconds(1), true)).isFalse();
        assertThat(ReturnRules.withinWindows(RELEASED, day30, day45, false)).isFalse();
        assertThat(ReturnRules.withinWindows(null, day30, day45, true)).isFalse();
    }

    @Test
    void a_line_returned_in_parts_is_refunded_exactly_its_total_never_a_fen_more() {
        // B: 3 units, goods 100.00 − discount 0.01, shipping 10.00, tax 9.11: odd amounts that do not divide by 3
        PriceQuote price = order(OrderStatus.DELIVERED).price();
        PriceQuote.LineQuote b = price.lines().get(1);
        ReturnView.RefundBreakdown first = ReturnRules.refund(price, List.of(line("B", 1)), Map.of(), true);
        ReturnView.RefundBreakdown second = ReturnRules.refund(price, List.of(line("B", 1)), Map.of("B", 1), true);
        ReturnView.RefundBreakdown third = ReturnRules.refund(price, List.of(line("B", 1)), Map.of("B", 2), true);
        assertThat(first.goods().minor() + second.goods().minor() + third.goods().minor()).isEqualTo(9_999);
        assertThat(first.shipping().minor() + second.shipping().minor() + third.shipping().minor()).isEqualTo(1_000);
        assertThat(first.tax().minor() + second.tax().minor() + third.tax().minor()).isEqualTo(911);
        assertThat(first.total().minor() + second.total().minor() + third.total().minor()).isEqualTo(b.total().minor());
        assertThat(first.quotaRestored().minor() + second.quotaRestored().minor() + third.quotaRestored().minor())
                .isEqualTo(b.dutiableValue().minor());
        assertThat(first.goods()).isEqualTo(Money.cny(3_333));   // 9,999 / 3
        assertThat(first.shipping()).isEqualTo(Money.cny(333));  // round(333.3)
        assertThat(second.shipping()).isEqualTo(Money.cny(334)); // round(666.7) − 333
        assertThat(first.total()).isEqualTo(first.goods().plus(first.shipping()).plus(first.tax()));

        ReturnView.RefundBreakdown whole = ReturnRules.refund(price, List.of(line("A", 1), line("B", 3)), Map.of(),
                true);
        assertThat(whole.total()).isEqualTo(price.total());
        assertThat(whole.quotaRestored()).isEqualTo(price.dutiableValue());
    }

    @Test
    void outside_the_windows_the_tax_is_not_refunded_and_no_quota_is_given_back() {
        PriceQuote price = order(OrderStatus.DELIVERED).price();
        ReturnView.RefundBreakdown late = ReturnRules.refund(price, List.of(line("B", 3)), Map.of(), false);
        assertThat(late.tax()).isEqualTo(Money.cny(0));
        assertThat(late.quotaRestored()).isEqualTo(Money.cny(0));
        assertThat(late.total()).isEqualTo(Money.cny(9_999 + 1_000));
    }

    @Test
    void a_return_id_routes_to_its_order() {
        assertThat(OrderReturn.idOf("7341051200042", 2)).isEqualTo("7341051200042R2");
        assertThat(OrderReturn.orderNoOf("7341051200042R2")).isEqualTo("7341051200042");
        assertThat(OrderReturn.orderNoOf("nonsense")).isNull();
    }

    private static ReturnRequest.Line line(String sku, int quantity) { return new ReturnRequest.Line(sku, quantity); }

    /** A: 1 × 50.00, shipping 5.00, tax 4.55; B: 3 × 33.33, discount 0.01, shipping 10.00, tax 9.11. */
    private static Order order(OrderStatus status) {
        PriceQuote.LineQuote a = line("A", 1, 5_000, 0, 500, 455);
        PriceQuote.LineQuote b = line("B", 3, 9_999 + 1, 1, 1_000, 911);
        Money goods = a.goods().plus(b.goods());
        Money discount = a.discount().plus(b.discount());
        Money shipping = a.shipping().plus(b.shipping());
        Money tax = a.tax().plus(b.tax());
        PriceQuote price = new PriceQuote(List.of(a, b), goods, discount, shipping, tax,
                goods.minus(discount).plus(shipping).plus(tax), List.of());
        Map<OrderStatus, Instant> entered = new EnumMap<>(OrderStatus.class);
        entered.put(OrderStatus.CLEARED, RELEASED);
        entered.put(OrderStatus.DELIVERED, DELIVERED);
        return new Order("7341051200042", 42, status, "key-1", price, Orders.ADDRESS, RELEASED.minusSeconds(3600),
                RELEASED.minusSeconds(3000), "PAY-1", 3, Orders.BUYER, "txn", entered, null);
    }

    private static PriceQuote.LineQuote line(String sku, int quantity, long goods, long discount, long shipping,
                                             long tax) {
        Money g = Money.cny(goods);
        Money d = Money.cny(discount);
        Money s = Money.cny(shipping);
        Money t = Money.cny(tax);
        return new PriceQuote.LineQuote(sku, quantity, Money.cny(goods / quantity), null, Money.cny(goods / quantity),
                g, d, s, t, g.minus(d).plus(s).plus(t));
    }

    private static void assertRefused(Runnable call, OrderError code, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(code)).as(e.getMessage()).isTrue();
            assertThat(e.getMessage()).contains(detail);
        });
    }
}
