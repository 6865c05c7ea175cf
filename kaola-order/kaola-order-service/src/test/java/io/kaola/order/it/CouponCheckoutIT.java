package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.standin.StandInPayments;
import io.kaola.order.standin.StandInPromotion;
import io.kaola.order.trade.application.MarkOrderPaid;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.PromotionError;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checkout locks the coupon with the stock and the annual quota, all or nothing (docs/promotions.md); kaola-promotion
 * is stood in for by {@link StandInPromotion} (its own races are kaola-promotion's ITs), kaola-pricing by
 * StandInPricing (which takes an AMOUNT_OFF coupon whole off the first line).
 */
class CouponCheckoutIT extends OrderItSupport {
    @Autowired StandInPromotion promotion;
    @Autowired StandInPayments paymentService;
    @Autowired MarkOrderPaid markOrderPaid;

    private static PlaceOrderRequest withCoupon(long buyer, long couponId, int quantity) {
        return new PlaceOrderRequest(buyer, UUID.randomUUID().toString(), ADDRESS, List.of(line(CNY_1000, quantity)),
                couponId);
    }

    @Test
    void an_order_with_a_coupon_locks_it_a_cancel_releases_it_and_the_trial_matches_the_order() {
        long buyer = 5301;
        long coupon = promotion.issue(buyer, 5_000, 100_000L);  // 50.00 off 1,000.00

        PriceTrial trial = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(CNY_1000, 1)), null, null, coupon));
        assertThat(trial.orderable()).isTrue();
        assertThat(trial.coupon().applied()).isTrue();
        assertThat(trial.coupon().discount()).isEqualTo(Money.cny(5_000));

        OrderView order = orders.placeOrder(withCoupon(buyer, coupon, 1));
        assertThat(order.price().total()).isEqualTo(trial.quote().total()).isEqualTo(Money.cny(95_000));
        assertThat(order.price().dutiableValue()).isEqualTo(Money.cny(95_000));
        assertThat(order.price().lines().get(0).reductions()).singleElement()
                .satisfies(r -> assertThat(r.offerId()).isEqualTo(String.valueOf(coupon)));
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.LOCKED);
        assertThat(promotion.orderOf(coupon)).isEqualTo(order.orderNo());
        assertThat(quota.reservation(order.orderNo()).amount()).as("the quota counts the reduced value")
                .isEqualTo(Money.cny(95_000));

        PriceTrial again = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(CNY_1000, 1)), null, null, coupon));
        assertThat(again.orderable()).isFalse();
        assertThat(again.refusalCode()).isEqualTo("PROMOTION_COUPON_NOT_USABLE");
        assertThat(again.coupon().applied()).isFalse();
        assertThat(again.coupon().reason()).contains(order.orderNo());

        paymentService.willAnswer(order.orderNo(), StandInPayments.Answer.CLOSED);
        orders.cancelOrder(buyer, order.orderNo());
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.UNUSED);
    }

    @Test
    void payment_marks_the_coupon_used() {
        long buyer = 5302;
        long coupon = promotion.issue(buyer, 1_000, (Long) null);
        OrderView order = orders.placeOrder(withCoupon(buyer, coupon, 1));

        markOrderPaid.apply(order.orderNo(), buyer, "PAY-" + order.orderNo(), order.price().total(), Instant.now(), "txn");

        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.USED);
        assertThat(promotion.orderOf(coupon)).isEqualTo(order.orderNo());
    }

    @Test
    void a_coupon_below_its_threshold_refuses_the_order_and_holds_nothing() throws Exception {
        long buyer = 5303;
        long coupon = promotion.issue(buyer, 5_000, 300_000L);  // needs 3,000.00
        long available = stock.available(CNY_1000);

        assertThatThrownBy(() -> orders.placeOrder(withCoupon(buyer, coupon, 2)))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(OrderError.COUPON_NOT_APPLICABLE)).isTrue();
                    assertThat(e.kind().httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("threshold");
                });
        assertThat(stock.available(CNY_1000)).isEqualTo(available);
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.UNUSED);
        assertThat(rowsOfBuyer(buyer)).isZero();
    }

    @Test
    void ten_concurrent_orders_with_one_coupon_one_holds_it_and_the_others_hold_nothing() throws Exception {
        long buyer = 5304;
        long coupon = promotion.issue(buyer, 2_000, (Long) null);
        long available = stock.available(CNY_1000);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OrderView>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<OrderView> attempt = () -> {
                    start.await();
                    return orders.placeOrder(withCoupon(buyer, coupon, 1));
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            List<OrderView> placed = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Future<OrderView> f : attempts) {
                try {
                    placed.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add(e.getCause() instanceof KaolaException k ? k.code() : e.getCause().toString());
                }
            }
            assertThat(placed).hasSize(1);
            assertThat(refusals).hasSize(9).containsOnly("PROMOTION_COUPON_NOT_USABLE");
            assertThat(promotion.orderOf(coupon)).isEqualTo(placed.get(0).orderNo());
            assertThat(stock.available(CNY_1000)).as("only the placed order holds stock").isEqualTo(available - 1);
            assertThat(quota.statusesEndingWith(String.format("%04d", buyer % 10_000)))
                    .as("one live reservation, the others released or never made")
                    .filteredOn(s -> s == QuotaStatus.RESERVED).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_lost_lock_reply_releases_the_coupon_stock_and_quota() throws Exception {
        long buyer = 5305;
        long coupon = promotion.issue(buyer, 1_000, (Long) null);
        long available = stock.available(CNY_1000);
        promotion.failNextLocks(1);
        try {
            assertThatThrownBy(() -> orders.placeOrder(withCoupon(buyer, coupon, 1))).isInstanceOf(RuntimeException.class);
        } finally {
            promotion.failNextLocks(0);
        }

        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.UNUSED);
        assertThat(stock.available(CNY_1000)).isEqualTo(available);
        assertThat(quota.statusesEndingWith(String.format("%04d", buyer % 10_000))).doesNotContain(QuotaStatus.RESERVED);
        assertThat(rowsOfBuyer(buyer)).isZero();
    }

    @Test
    void another_buyers_coupon_is_refused_before_anything_is_held() throws Exception {
        long owner = 5306, other = 5307;
        long coupon = promotion.issue(owner, 1_000, (Long) null);
        long available = stock.available(CNY_1000);

        assertThatThrownBy(() -> orders.placeOrder(withCoupon(other, coupon, 1)))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(PromotionError.COUPON_NOT_USABLE)).isTrue());
        assertThat(stock.available(CNY_1000)).isEqualTo(available);
        assertThat(rowsOfBuyer(other)).isZero();
        assertThat(promotion.status(coupon)).isEqualTo(CouponStatus.UNUSED);
    }
}
