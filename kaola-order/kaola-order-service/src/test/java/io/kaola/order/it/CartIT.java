package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.order.api.CartLineView;
import io.kaola.order.api.CartService;
import io.kaola.order.api.CartView;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.standin.RemoteCarts;
import io.kaola.order.standin.StandInAddressBook;
import io.kaola.order.standin.StandInPromotion;
import io.kaola.user.api.SaveAddressRequest;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static io.kaola.order.standin.StandInCatalog.CNY_1;
import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static io.kaola.order.standin.StandInCatalog.NOT_LISTED;
import static io.kaola.order.standin.StandInCatalog.OFF_SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cart in Redis, over Dubbo as the gateway calls it, and checkout from its selected lines. */
class CartIT extends OrderItSupport {
    @Autowired RemoteCarts remoteCarts;
    @Autowired RedissonClient redisson;
    @Autowired StandInPromotion promotion;
    @Autowired StandInAddressBook addressBook;

    private CartService carts;

    private void clear(long buyer) {
        carts = remoteCarts.get();
        redisson.getKeys().delete("kaola:cart:{" + buyer + "}");
    }

    @Test
    void lines_are_added_changed_selected_removed_and_kept_in_redis() {
        long buyer = 5401;
        clear(buyer);
        carts.addLine(buyer, CNY_1, 1);
        CartView cart = carts.addLine(buyer, CNY_1, 2);
        assertThat(cart.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.selected()).isTrue();
            assertThat(l.unitPrice()).isEqualTo(Money.cny(9900));
            assertThat(l.flag()).isNull();
        });
        assertThat(cart.quote().total()).isEqualTo(Money.cny(29_700));

        carts.addLine(buyer, EUR_1, 1);
        cart = carts.setQuantity(buyer, CNY_1, 5);
        assertThat(cart.lines()).extracting(CartLineView::skuCode).containsExactly(CNY_1, EUR_1);
        assertThat(cart.lines().get(0).quantity()).isEqualTo(5);

        cart = carts.select(buyer, List.of(EUR_1), false);
        assertThat(cart.quote().lines()).extracting(l -> l.skuCode()).containsExactly(CNY_1);
        assertThat(redisson.getMap("kaola:cart:{" + buyer + "}", StringCodec.INSTANCE).readAllMap())
                .as("stored in Redis, so a restart of kaola-order keeps it").containsOnlyKeys(CNY_1, EUR_1);

        cart = carts.removeLine(buyer, EUR_1);
        assertThat(cart.lines()).extracting(CartLineView::skuCode).containsExactly(CNY_1);
        assertThat(carts.removeLine(buyer, EUR_1).lines()).hasSize(1);
    }

    @Test
    void twenty_concurrent_adds_of_one_sku_all_count() throws Exception {
        long buyer = 5406;
        clear(buyer);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<CartView>> adds = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                adds.add(pool.submit(() -> {
                    go.await();
                    return carts.addLine(buyer, CNY_1, 2);
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<CartView> add : adds) add.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(carts.cart(buyer).lines()).singleElement()
                .satisfies(l -> assertThat(l.quantity()).as("no add lost to a concurrent one").isEqualTo(40));
    }

    @Test
    void bad_changes_are_refused_and_change_nothing() {
        long buyer = 5402;
        clear(buyer);
        carts.addLine(buyer, CNY_1, 99);
        assertThatThrownBy(() -> carts.addLine(buyer, CNY_1, 1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("ORDER_INVALID_CART"));
        assertThatThrownBy(() -> carts.setQuantity(buyer, CNY_1, 0)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("ORDER_INVALID_CART"));
        assertThatThrownBy(() -> carts.setQuantity(buyer, EUR_1, 1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("ORDER_CART_LINE_NOT_FOUND"));
        assertThatThrownBy(() -> carts.addLine(buyer, OFF_SALE, 1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("PRODUCT_SKU_NOT_ON_SALE"));
        assertThatThrownBy(() -> carts.addLine(buyer, "NO-SUCH-SKU", 1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("PRODUCT_UNKNOWN_SKU"));
        assertThat(carts.cart(buyer).lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(99));
    }

    @Test
    void a_line_that_went_off_sale_or_out_of_stock_is_flagged_not_dropped() {
        long buyer = 5403;
        clear(buyer);
        carts.addLine(buyer, NOT_LISTED, 1);
        stock.setOnHand(CNY_1000, 1_000);
        carts.addLine(buyer, CNY_1000, 1);
        String gone = "SKU-CART-GONE";
        catalog.put(gone, Money.cny(500), true);
        carts.addLine(buyer, gone, 2);
        catalog.put(gone, Money.cny(500), false);  // went off sale after it was added

        CartView cart = carts.cart(buyer);
        assertThat(cart.lines()).extracting(CartLineView::skuCode, CartLineView::flag).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NOT_LISTED, "NOT_IMPORTABLE"),
                org.assertj.core.groups.Tuple.tuple(CNY_1000, null),
                org.assertj.core.groups.Tuple.tuple(gone, "OFF_SALE"));
        assertThat(cart.quote().lines()).extracting(l -> l.skuCode()).containsExactly(CNY_1000);
        assertThat(cart.lines().get(2).unitPrice()).isNull();
    }

    @Test
    void checkout_from_the_cart_takes_the_selected_lines_and_removes_them_only_when_the_order_is_placed() {
        long buyer = 5404;
        clear(buyer);
        stock.setOnHand(CNY_1000, 1_000);
        carts.addLine(buyer, CNY_1000, 2);
        carts.addLine(buyer, CNY_1, 1);
        carts.select(buyer, List.of(CNY_1), false);
        long coupon = promotion.issue(buyer, 3_000, 150_000L);
        long small = promotion.issue(buyer, 1_000, null);
        CartView cart = carts.cart(buyer);
        assertThat(cart.bestCoupon().couponId()).isEqualTo(String.valueOf(coupon));
        assertThat(cart.bestCoupon().discount()).isEqualTo(Money.cny(3_000));
        assertThat(small).isNotEqualTo(coupon);

        // a refused checkout (another order holds the coupon) leaves the cart as it was
        promotion.lock(buyer, coupon, "HELD-" + buyer, java.time.Instant.now());
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderRequest(buyer, key, ADDRESS, List.of(), coupon, true)))
                .isInstanceOf(KaolaException.class);
        assertThat(carts.cart(buyer).lines()).hasSize(2);
        promotion.release("HELD-" + buyer, java.time.Instant.now());

        OrderView order = orders.placeOrder(new PlaceOrderRequest(buyer, key, ADDRESS, List.of(), coupon, true));
        assertThat(order.price().lines()).extracting(l -> l.skuCode()).containsExactly(CNY_1000);
        assertThat(order.price().total()).isEqualTo(Money.cny(197_000));
        assertThat(carts.cart(buyer).lines()).extracting(CartLineView::skuCode).containsExactly(CNY_1);
        assertThat(orders.placeOrder(new PlaceOrderRequest(buyer, key, ADDRESS, List.of(), coupon, true)).orderNo())
                .as("a repeat of the key returns the first order").isEqualTo(order.orderNo());
    }

    @Test
    void an_address_book_entry_ships_the_order_and_another_buyers_entry_is_not_found() {
        long buyer = 5405, other = 5406;
        long entry = addressBook.create(buyer, new SaveAddressRequest("王芳", "13900139000", "上海市", "上海市", "浦东新区",
                "世纪大道 100 号")).id();
        OrderView order = orders.placeOrder(new PlaceOrderRequest(buyer, UUID.randomUUID().toString(), null,
                List.of(line(CNY_1, 1)), null, false, entry));
        assertThat(order.address().consignee()).isEqualTo("王芳");
        assertThat(order.address().detail()).isEqualTo("世纪大道 100 号");

        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderRequest(other, UUID.randomUUID().toString(), null,
                List.of(line(CNY_1, 1)), null, false, entry))).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("USER_ADDRESS_NOT_FOUND"));
        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderRequest(buyer, UUID.randomUUID().toString(), ADDRESS,
                List.of(line(CNY_1, 1)), null, false, entry))).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.code()).isEqualTo("ORDER_INVALID_ORDER"));
    }
}
