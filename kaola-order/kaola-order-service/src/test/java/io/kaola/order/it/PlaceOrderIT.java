package io.kaola.order.it;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.api.Warehouses;
import io.kaola.order.api.BuyerView;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.standin.StandInCatalog;
import io.kaola.order.standin.StandInPricing;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.api.ProductError;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.kaola.order.standin.StandInCatalog.CNY_1;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static io.kaola.order.standin.StandInCatalog.EUR_2;
import static io.kaola.order.standin.StandInCatalog.FAIL_WRITE;
import static io.kaola.order.standin.StandInCatalog.OFF_SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceOrderIT extends OrderItSupport {

    @Test
    void an_order_is_written_with_its_items_and_price_breakdown_on_the_buyers_shard() throws Exception {
        long buyer = 2005;  // slot 5: ds_1, trade_order_2
        long eurBefore = stock.available(EUR_1);

        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 2), line(CNY_1, 1)));

        // 10.00 EUR × 7.8123 = 78.12 CNY (HALF_UP), × 2 = 156.24; plus 99.00 CNY
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.orderNo()).matches("[0-9]+2005");
        assertThat(order.price().total()).isEqualTo(Money.cny(25_524));
        assertThat(order.price().fxRates()).containsExactly(StandInPricing.EUR);
        assertThat(order.address()).isEqualTo(ADDRESS);
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(stock.available(EUR_1)).isEqualTo(eurBefore - 2);

        try (Connection c = physical(1);
             var rs = c.createStatement().executeQuery("SELECT * FROM trade_order_2 WHERE order_no = '" + order.orderNo() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("buyer_id")).isEqualTo(buyer);
            assertThat(rs.getString("status")).isEqualTo("PENDING_PAYMENT");
            assertThat(rs.getLong("goods_minor")).isEqualTo(25_524);
            assertThat(rs.getLong("discount_minor")).isZero();
            assertThat(rs.getLong("shipping_minor")).isZero();
            assertThat(rs.getLong("tax_minor")).isZero();
            assertThat(rs.getLong("total_minor")).isEqualTo(25_524);
            assertThat(rs.getString("currency")).isEqualTo("CNY");
            assertThat(rs.getInt("line_count")).isEqualTo(2);
            assertThat(rs.getString("price_json")).contains("7.812300").contains("2025-01-02").contains("stand-in");
            assertThat(rs.getString("phone")).isEqualTo("13800138000");
            assertThat(rs.getString("province")).isEqualTo("浙江省");
        }
        try (Connection c = physical(1);
             var rs = c.createStatement().executeQuery("SELECT * FROM trade_order_item_2 WHERE order_no = '"
                     + order.orderNo() + "' ORDER BY line_no")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("sku_code")).isEqualTo(EUR_1);
            assertThat(rs.getInt("quantity")).isEqualTo(2);
            assertThat(rs.getLong("supplier_unit_minor")).isEqualTo(1000);
            assertThat(rs.getString("supplier_currency")).isEqualTo("EUR");
            assertThat(rs.getBigDecimal("fx_rate")).isEqualByComparingTo(new BigDecimal("7.812300"));
            assertThat(rs.getObject("fx_rate_date", LocalDate.class)).isEqualTo(LocalDate.of(2025, 1, 2));
            assertThat(rs.getLong("unit_price_minor")).isEqualTo(7812);
            assertThat(rs.getLong("goods_minor")).isEqualTo(15_624);
            assertThat(rs.getLong("total_minor")).isEqualTo(15_624);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("sku_code")).isEqualTo(CNY_1);
            assertThat(rs.getObject("fx_rate")).isNull();
            assertThat(rs.getLong("total_minor")).isEqualTo(9900);
            assertThat(rs.next()).isFalse();
        }

        assertThat(orders.getOrder(buyer, order.orderNo())).isEqualTo(order);
        assertThat(orders.findByOrderNo(order.orderNo())).isEqualTo(order);
    }

    @Test
    void the_order_records_the_verified_buyer_masked_and_reserves_the_dutiable_value_of_the_annual_quota() throws Exception {
        long buyer = 2006;

        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 2), line(CNY_1, 1)));

        assertThat(order.buyer()).isEqualTo(new BuyerView("买家2006", "1101**********2006"));
        Map<String, String> row = orderRow(buyer, order.orderNo());
        assertThat(row).containsEntry("buyer_name", "买家2006").containsEntry("buyer_id_masked", "1101**********2006")
                .containsEntry("buyer_identity_key", identity.identityKeyOf(buyer))
                .containsEntry("dutiable_minor", "25524").containsEntry("limit_verdict", "WITHIN_LIMIT");
        assertThat(row.values()).as("the full identity number is never on the order")
                .noneMatch(v -> v != null && v.contains(identity.numberOf(buyer)));
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
        assertThat(quota.reservation(order.orderNo()).amount()).isEqualTo(Money.cny(25_524));
        assertThat(orders.getOrder(buyer, order.orderNo()).buyer()).isEqualTo(order.buyer());
    }

    @Test
    void the_quote_is_asked_with_each_skus_tax_category_weight_and_content_for_the_default_bonded_warehouse() {
        OrderView order = orders.placeOrder(request(2007, line(EUR_1, 2)));

        QuoteRequest asked = pricing.requests().stream()
                .filter(r -> r.lines().size() == 1 && r.lines().get(0).skuCode().equals(EUR_1) && r.lines().get(0).quantity() == 2)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(asked.warehouseCode()).isEqualTo(Warehouses.DEFAULT_BONDED);
        assertThat(asked.pricingDate()).isNull();
        SkuSnapshot sku = catalog.getSkus(List.of(EUR_1)).get(0);
        assertThat(asked.lines().get(0)).isEqualTo(new QuoteRequest.Line(EUR_1, 2, new Money(1000, "EUR"), "GENERAL",
                500, StandInCatalog.CONTENT, sku.spuId(), sku.categoryKeys()));
        assertThat(order.price().lines().get(0).taxBreakdown().taxCategoryCode()).isEqualTo("GENERAL");
    }

    @Test
    void each_item_row_stores_its_dutiable_value_and_tax_by_kind() throws Exception {
        long buyer = 2008;  // slot 0: ds_0, trade_order_item_0

        OrderView order = orders.placeOrder(request(buyer, line(StandInCatalog.TAXED, 1), line(CNY_1, 1)));

        // 200.00 × 13% × 0.7 = 18.20 on the taxed line; the quota counts the dutiable value, not the tax
        assertThat(order.price().tax()).isEqualTo(Money.cny(1_820));
        assertThat(order.price().total()).isEqualTo(Money.cny(20_000 + 9_900 + 1_820));
        try (Connection c = physical(0);
             var rs = c.createStatement().executeQuery("SELECT * FROM trade_order_item_0 WHERE order_no = '"
                     + order.orderNo() + "' ORDER BY line_no")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("tax_category_code")).isEqualTo(StandInPricing.TAXED_9_1);
            assertThat(rs.getLong("dutiable_minor")).isEqualTo(20_000);
            assertThat(rs.getLong("tariff_minor")).isZero();
            assertThat(rs.getLong("consumption_tax_minor")).isZero();
            assertThat(rs.getLong("vat_minor")).isEqualTo(1_820);
            assertThat(rs.getLong("tax_minor")).isEqualTo(1_820);
            assertThat(rs.getLong("total_minor")).isEqualTo(21_820);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("vat_minor")).isZero();
            assertThat(rs.getLong("dutiable_minor")).isEqualTo(9_900);
        }
        assertThat(orderRow(buyer, order.orderNo())).containsEntry("tax_minor", "1820").containsEntry("dutiable_minor", "29900");
        assertThat(quota.reservation(order.orderNo()).amount()).isEqualTo(Money.cny(29_900));
        assertThat(orders.getOrder(buyer, order.orderNo())).isEqualTo(order);
    }

    @Test
    void another_buyer_cannot_read_the_order() {
        OrderView order = place(2011);
        assertThatThrownBy(() -> orders.getOrder(2012, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
        assertThatThrownBy(() -> orders.getOrder(2011, "not-a-number"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
    }

    @Test
    void the_same_idempotency_key_returns_the_first_order_and_reserves_once() throws Exception {
        PlaceOrderRequest request = request(2021, line(EUR_2, 3));
        long before = stock.available(EUR_2);

        OrderView first = orders.placeOrder(request);
        OrderView again = orders.placeOrder(request);

        assertThat(again).isEqualTo(first);
        assertThat(rowsOfBuyer(2021)).isEqualTo(2);  // one order, one item
        assertThat(stock.reservationsEndingWith("2021")).hasSize(1);
        assertThat(quota.statusesEndingWith("2021")).containsExactly(QuotaStatus.RESERVED);
        assertThat(stock.available(EUR_2)).isEqualTo(before - 3);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422_and_holds_nothing_more() throws Exception {
        PlaceOrderRequest first = request(2022, line(EUR_2, 1));
        OrderView placed = orders.placeOrder(first);
        long before = stock.available(EUR_2);
        String key = first.idempotencyKey();

        PlaceOrderRequest moreUnits = new PlaceOrderRequest(2022, key, ADDRESS, List.of(line(EUR_2, 2)));
        PlaceOrderRequest otherAddress = new PlaceOrderRequest(2022, key, new io.kaola.order.api.ShippingAddress(
                "李四", "13800138000", "浙江省", "杭州市", "西湖区", "文三路 1 号"), List.of(line(EUR_2, 1)));
        for (PlaceOrderRequest reused : List.of(moreUnits, otherAddress)) {
            assertThatThrownBy(() -> orders.placeOrder(reused))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.code()).isEqualTo("ORDER_IDEMPOTENCY_KEY_REUSED");
                        assertThat(e.kind().httpStatus()).isEqualTo(422);
                        assertThat(e.getMessage()).contains(key, placed.orderNo());
                    });
        }

        assertThat(orders.placeOrder(first)).as("the same key and body still return the first order").isEqualTo(placed);
        assertThat(rowsOfBuyer(2022)).isEqualTo(2);
        assertThat(stock.available(EUR_2)).isEqualTo(before);
        assertThat(orderRow(2022, placed.orderNo()).get("request_fingerprint"))
                .isEqualTo(io.kaola.order.trade.domain.RequestFingerprint.of(first).hex());
    }

    @Test
    void a_bidi_override_in_the_address_is_refused_before_anything_is_held() throws Exception {
        PlaceOrderRequest spoofed = new PlaceOrderRequest(2023, "k-bidi", new io.kaola.order.api.ShippingAddress(
                "张三", "13800138000", "浙江省", "杭州市", "西湖区", "文三路\u202E1 号"), List.of(line(EUR_2, 1)));

        assertThatThrownBy(() -> orders.placeOrder(spoofed))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(OrderError.INVALID_ORDER)).isTrue();
                    assertThat(e.getMessage()).contains("address.detail", "U+202E", "position 4");
                });
        assertThat(rowsOfBuyer(2023)).isZero();
        assertThat(stock.reservationsEndingWith("2023")).isEmpty();
    }

    @Test
    void two_concurrent_requests_with_one_key_make_one_order_and_the_loser_releases_its_stock() throws Exception {
        PlaceOrderRequest request = request(2031, line(EUR_1, 4));
        long before = stock.available(EUR_1);
        stock.holdReservesTogether(2);  // both pass the "placed before?" check, then both reserve

        var a = CompletableFuture.supplyAsync(() -> orders.placeOrder(request));
        var b = CompletableFuture.supplyAsync(() -> orders.placeOrder(request));
        OrderView one = a.get(20, TimeUnit.SECONDS);
        OrderView other = b.get(20, TimeUnit.SECONDS);

        assertThat(one.orderNo()).isEqualTo(other.orderNo());
        assertThat(rowsOfBuyer(2031)).isEqualTo(2);
        assertThat(stock.reservationsEndingWith("2031")).extracting(r -> r.status())
                .containsExactlyInAnyOrder(ReservationStatus.RESERVED, ReservationStatus.RELEASED);
        assertThat(stock.reservation(one.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(stock.available(EUR_1)).isEqualTo(before - 4);
        assertThat(quota.statusesEndingWith("2031")).containsExactlyInAnyOrder(QuotaStatus.RESERVED, QuotaStatus.RELEASED);
        assertThat(quota.reservation(one.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
    }

    @Test
    void an_order_for_more_than_the_stock_is_refused_and_leaves_no_order_and_no_stock_held() throws Exception {
        catalog.put("SKU-SCARCE", new Money(100, "EUR"), true);
        stock.setOnHand("SKU-SCARCE", 1);
        long eurBefore = stock.available(EUR_1);

        assertThatThrownBy(() -> orders.placeOrder(request(2041, line(EUR_1, 1), line("SKU-SCARCE", 2))))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(InventoryError.INSUFFICIENT_STOCK)).isTrue());

        assertThat(rowsOfBuyer(2041)).isZero();
        assertThat(stock.reservationsEndingWith("2041")).isEmpty();
        assertThat(stock.available(EUR_1)).as("all or nothing").isEqualTo(eurBefore);
        assertThat(stock.available("SKU-SCARCE")).isEqualTo(1);
        assertThat(quota.statusesEndingWith("2041")).as("the quota reserved before the stock is given back")
                .containsExactly(QuotaStatus.RELEASED);
    }

    @Test
    void a_sku_not_on_sale_is_refused_with_the_products_code_and_nothing_is_held() throws Exception {
        assertThatThrownBy(() -> orders.placeOrder(request(2051, line(EUR_1, 1), line(OFF_SALE, 1))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(ProductError.SKU_NOT_ON_SALE)).isTrue());
        assertThat(rowsOfBuyer(2051)).isZero();
        assertThat(stock.reservationsEndingWith("2051")).isEmpty();
    }

    @Test
    void an_invalid_request_is_refused_and_nothing_is_held() throws Exception {
        PlaceOrderRequest bad = new PlaceOrderRequest(2061, "k", ADDRESS, List.of(line(EUR_1, 100)));
        assertThatThrownBy(() -> orders.placeOrder(bad))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.INVALID_ORDER)).isTrue());
        assertThat(rowsOfBuyer(2061)).isZero();
        assertThat(stock.reservationsEndingWith("2061")).isEmpty();
    }

    @Test
    void when_the_write_fails_the_stock_and_quota_are_released_and_no_order_is_left() throws Exception {
        long buyer = 2074;  // slot 2: ds_0, trade_order_item_1
        OrderShard shard = OrderShard.ofBuyer(buyer);
        long eurBefore = stock.available(EUR_1);
        try (Connection c = physical(shard.database())) {
            c.createStatement().execute("ALTER TABLE trade_order_item_" + shard.table()
                    + " ADD CONSTRAINT it_fail_write CHECK (sku_code <> '" + FAIL_WRITE + "')");
        }
        try {
            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(EUR_1, 5), line(FAIL_WRITE, 1))))
                    .isNotInstanceOf(KaolaException.class);
        } finally {
            try (Connection c = physical(shard.database())) {
                c.createStatement().execute("ALTER TABLE trade_order_item_" + shard.table() + " DROP CONSTRAINT it_fail_write");
            }
        }
        assertThat(rowsOfBuyer(buyer)).as("the order row rolled back with the failed item").isZero();
        assertThat(stock.reservationsEndingWith("2074")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReservationStatus.RELEASED));
        assertThat(stock.available(EUR_1)).isEqualTo(eurBefore);
        assertThat(quota.statusesEndingWith("2074")).containsExactly(QuotaStatus.RELEASED);
    }

    @Test
    void the_listing_is_newest_first_with_totals_and_line_counts() {
        long buyer = 2081;
        OrderView older = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        OrderView newer = orders.placeOrder(request(buyer, line(EUR_2, 2), line(CNY_1, 1)));

        assertThat(orders.getOrder(buyer, newer.orderNo())).isEqualTo(newer);
        Page<OrderSummary> page = orders.listOrders(buyer, new PageRequest(0, 10));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(OrderSummary::orderNo).containsExactly(newer.orderNo(), older.orderNo());
        assertThat(page.items().get(0).lineCount()).isEqualTo(2);
        assertThat(page.items().get(0).total()).isEqualTo(newer.price().total());
        assertThatThrownBy(() -> orders.getOrder(buyer + 1, newer.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
    }
}
