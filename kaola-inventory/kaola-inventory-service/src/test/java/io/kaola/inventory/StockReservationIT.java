package io.kaola.inventory;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.TestInfra;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.RestockLine;
import io.kaola.inventory.api.RestockRequest;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockReservationService;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.api.Warehouses;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reservations through the real Dubbo protocol (scope remote, so every record and KaolaException is
 * serialised) on a fresh kaola_inventory_it schema, with the embedded ZooKeeper and RocketMQ.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0"})
// each IT class recreates kaola_inventory_it: close this context so that no provider of it outlives its schema
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StockReservationIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_inventory_it");
    }

    private static final String W = Warehouses.DEFAULT_BONDED;

    @TestConfiguration
    static class Config {
        @Bean
        @DubboReference(scope = "remote", check = false)
        ReferenceBean<StockReservationService> stockReservationServiceReference() { return new ReferenceBeanBuilder().build(); }

        @Bean
        @DubboReference(scope = "remote", check = false)
        ReferenceBean<StockService> stockServiceReference() { return new ReferenceBeanBuilder().build(); }

        @Bean
        StockChangesHeard stockChangesHeard() { return new StockChangesHeard(); }
    }

    /** Collects every SkuStockChanged, as the product service's cache evictor would receive it. */
    static class StockChangesHeard implements KaolaMessageListener<SkuStockChanged> {
        final Queue<SkuStockChanged> heard = new ConcurrentLinkedQueue<>();
        @Override public String topic() { return SkuStockChanged.TOPIC; }
        @Override public String consumerGroup() { return "inventory-it-hears-stock-changes"; }
        @Override public Class<SkuStockChanged> payloadType() { return SkuStockChanged.class; }
        @Override public void onMessage(SkuStockChanged payload, String key) { heard.add(payload); }
    }

    @Autowired @Qualifier("stockReservationServiceReference") StockReservationService reservations;
    @Autowired @Qualifier("stockServiceReference") StockService stock;
    @Autowired StockChangesHeard stockChanges;

    @BeforeEach
    void awaitProviderRegistered() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                reservations.release("warm-up");
                stock.getStock(null, List.of("warm-up"));
                return;
            } catch (RpcException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(200);
            }
        }
    }

    @Test
    void a_reservation_holds_stock_and_its_deduction_ships_it() {
        stock.setStock(new SetStockRequest(null, List.of(new SetStockRequest.Entry("IT-DEDUCT", 10))));

        ReservationView reserved = reservations.reserve(request("O-DEDUCT", line("IT-DEDUCT", 3)));
        assertThat(reserved).isEqualTo(new ReservationView("O-DEDUCT", W, ReservationStatus.RESERVED, List.of(line("IT-DEDUCT", 3))));
        assertThat(level("IT-DEDUCT")).isEqualTo(new StockLevel("IT-DEDUCT", W, 10, 3, 7));

        ReservationView deducted = reservations.deduct("O-DEDUCT");
        assertThat(deducted.status()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(level("IT-DEDUCT")).isEqualTo(new StockLevel("IT-DEDUCT", W, 7, 0, 7));

        assertThat(reservations.deduct("O-DEDUCT").status()).as("a repeated deduction").isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(reservations.release("O-DEDUCT").status()).as("a late release").isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(level("IT-DEDUCT")).isEqualTo(new StockLevel("IT-DEDUCT", W, 7, 0, 7));
    }

    @Test
    void a_released_reservation_gives_its_stock_back_and_cannot_be_deducted() {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-RELEASE", 4))));
        reservations.reserve(request("O-RELEASE", line("IT-RELEASE", 4)));
        assertThat(level("IT-RELEASE").available()).isZero();

        assertThat(reservations.release("O-RELEASE").status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(level("IT-RELEASE")).isEqualTo(new StockLevel("IT-RELEASE", W, 4, 0, 4));
        assertThat(reservations.release("O-RELEASE").status()).as("a repeated release").isEqualTo(ReservationStatus.RELEASED);
        assertThat(level("IT-RELEASE").reserved()).isZero();

        assertRefused(() -> reservations.deduct("O-RELEASE"), InventoryError.RESERVATION_RELEASED);
        assertThat(level("IT-RELEASE")).isEqualTo(new StockLevel("IT-RELEASE", W, 4, 0, 4));
    }

    @Test
    void reserving_the_same_order_twice_holds_the_stock_once() {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-TWICE", 5))));
        ReservationView first = reservations.reserve(request("O-TWICE", line("IT-TWICE", 2)));
        ReservationView second = reservations.reserve(request("O-TWICE", line("IT-TWICE", 2)));
        assertThat(second).isEqualTo(first);
        assertThat(level("IT-TWICE").reserved()).isEqualTo(2);
    }

    @Test
    void when_the_second_line_is_short_the_first_line_is_not_held_either() {
        stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-ALL-A", 10), new SetStockRequest.Entry("IT-ALL-B", 1))));

        assertThatThrownBy(() -> reservations.reserve(request("O-ALL", line("IT-ALL-A", 2), line("IT-ALL-B", 2))))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(InventoryError.INSUFFICIENT_STOCK)).isTrue())
                .hasMessageContaining("only 1 left of sku IT-ALL-B");

        assertThat(level("IT-ALL-A")).isEqualTo(new StockLevel("IT-ALL-A", W, 10, 0, 10));
        assertThat(level("IT-ALL-B")).isEqualTo(new StockLevel("IT-ALL-B", W, 1, 0, 1));
        assertThat(reservations.release("O-ALL")).as("no reservation was stored").isNull();
    }

    @Test
    void a_sku_the_warehouse_does_not_stock_is_refused_and_nothing_is_held() {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-KNOWN", 3))));
        assertRefused(() -> reservations.reserve(request("O-UNKNOWN", line("IT-KNOWN", 1), line("IT-NO-SUCH-SKU", 1))),
                InventoryError.UNKNOWN_SKU);
        assertThat(level("IT-KNOWN").reserved()).isZero();
    }

    @Test
    void bad_quantities_are_refused_with_a_code_that_survives_the_wire() {
        assertRefused(() -> reservations.reserve(request("O-BAD", line("IT-KNOWN", 0))), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> reservations.reserve(request("O-BAD", line("IT-KNOWN", 1000))), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> reservations.reserve(new ReserveStockRequest("O-BAD", null, List.of())), InventoryError.INVALID_QUANTITY);
    }

    @Test
    void deducting_an_unknown_order_is_refused_and_releasing_it_is_a_no_op() {
        assertRefused(() -> reservations.deduct("O-NEVER"), InventoryError.RESERVATION_NOT_FOUND);
        assertThat(reservations.release("O-NEVER")).isNull();
    }

    @Test
    void a_stock_take_counts_created_updated_and_unchanged_rows_and_never_goes_below_reserved() {
        SetStockResult first = stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-TAKE-A", 5), new SetStockRequest.Entry("IT-TAKE-B", 5))));
        assertThat(first).isEqualTo(new SetStockResult(2, 0, 0));
        SetStockResult second = stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-TAKE-A", 5), new SetStockRequest.Entry("IT-TAKE-B", 8),
                new SetStockRequest.Entry("IT-TAKE-C", 0))));
        assertThat(second).isEqualTo(new SetStockResult(1, 1, 1));

        reservations.reserve(request("O-TAKE", line("IT-TAKE-A", 4)));
        assertRefused(() -> stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-TAKE-B", 1), new SetStockRequest.Entry("IT-TAKE-A", 3)))),
                InventoryError.BELOW_RESERVED);
        assertThat(level("IT-TAKE-B").onHand()).as("the whole stock-take rolled back").isEqualTo(8);
        assertRefused(() -> stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-TAKE-A", -1)))),
                InventoryError.INVALID_QUANTITY);

        assertThat(stock.getStock(W, List.of("IT-TAKE-C", "IT-TAKE-A", "IT-NO-SUCH-SKU")))
                .containsExactly(new StockLevel("IT-TAKE-A", W, 5, 4, 1), new StockLevel("IT-TAKE-C", W, 0, 0, 0));
    }

    @Test
    void fifty_buyers_racing_for_five_units_get_exactly_five_reservations() throws Exception {
        String sku = "IT-RACE";
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry(sku, 5))));

        int buyers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch ready = new CountDownLatch(buyers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger reserved = new AtomicInteger();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < buyers; i++) {
                String orderNo = "O-RACE-" + i;
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        ReservationView view = reservations.reserve(request(orderNo, line(sku, 1)));
                        assertThat(view.status()).isEqualTo(ReservationStatus.RESERVED);
                        reserved.incrementAndGet();
                    } catch (KaolaException e) {
                        refusals.computeIfAbsent(e.code(), c -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> call : calls) call.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(reserved.get()).isEqualTo(5);
        assertThat(refusals).containsOnlyKeys(InventoryError.INSUFFICIENT_STOCK.code());
        assertThat(refusals.get(InventoryError.INSUFFICIENT_STOCK.code()).get()).isEqualTo(45);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, W, 5, 5, 0));

        SkuStockChanged soldOut = new SkuStockChanged(sku, W, false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stockChanges.heard.contains(soldOut) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(stockChanges.heard).contains(soldOut);
        assertThat(stockChanges.heard.stream().filter(soldOut::equals).count()).as("announced once").isEqualTo(1);
    }

    @Test
    void restocking_a_cancelled_paid_order_puts_every_unit_back_on_hand_and_announces_the_sku_back_in_stock() throws Exception {
        stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-RS-FULL-A", 10), new SetStockRequest.Entry("IT-RS-FULL-B", 2))));
        reservations.reserve(request("O-RS-FULL", line("IT-RS-FULL-A", 3), line("IT-RS-FULL-B", 2)));
        reservations.deduct("O-RS-FULL");
        assertThat(level("IT-RS-FULL-B")).isEqualTo(new StockLevel("IT-RS-FULL-B", W, 0, 0, 0));

        ReservationView restocked = reservations.restock(restock("O-RS-FULL", "cancel"));
        assertThat(restocked).isEqualTo(new ReservationView("O-RS-FULL", W, ReservationStatus.RESTOCKED,
                List.of(line("IT-RS-FULL-A", 3), line("IT-RS-FULL-B", 2))));
        assertThat(level("IT-RS-FULL-A")).isEqualTo(new StockLevel("IT-RS-FULL-A", W, 10, 0, 10));
        assertThat(level("IT-RS-FULL-B")).isEqualTo(new StockLevel("IT-RS-FULL-B", W, 2, 0, 2));

        assertThat(reservations.deduct("O-RS-FULL").status()).as("a late deduction").isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(reservations.release("O-RS-FULL").status()).as("a late release").isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(reservations.restock(restock("O-RS-FULL", "again")).status()).as("nothing left, another key")
                .isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(level("IT-RS-FULL-A").onHand()).isEqualTo(10);

        SkuStockChanged backInStock = new SkuStockChanged("IT-RS-FULL-B", W, true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stockChanges.heard.contains(backInStock) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(stockChanges.heard).contains(backInStock);
    }

    @Test
    void a_return_of_some_units_keeps_the_reservation_deducted_until_the_rest_comes_back() {
        stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-RS-PART-A", 10), new SetStockRequest.Entry("IT-RS-PART-B", 10))));
        reservations.reserve(request("O-RS-PART", line("IT-RS-PART-A", 4), line("IT-RS-PART-B", 1)));
        reservations.deduct("O-RS-PART");

        assertThat(reservations.restock(restock("O-RS-PART", "return-1", restockLine("IT-RS-PART-A", 1))).status())
                .isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(level("IT-RS-PART-A")).isEqualTo(new StockLevel("IT-RS-PART-A", W, 7, 0, 7));
        assertThat(level("IT-RS-PART-B")).isEqualTo(new StockLevel("IT-RS-PART-B", W, 9, 0, 9));

        assertThat(reservations.restock(restock("O-RS-PART", "return-2",
                restockLine("IT-RS-PART-B", 1), restockLine("IT-RS-PART-A", 2))).status()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(reservations.restock(restock("O-RS-PART", "cancel-rest")).status()).as("the last unit of A")
                .isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(level("IT-RS-PART-A")).isEqualTo(new StockLevel("IT-RS-PART-A", W, 10, 0, 10));
        assertThat(level("IT-RS-PART-B")).isEqualTo(new StockLevel("IT-RS-PART-B", W, 10, 0, 10));
        assertRefused(() -> reservations.restock(restock("O-RS-PART", "return-3", restockLine("IT-RS-PART-A", 1))),
                InventoryError.INVALID_QUANTITY);
        assertThat(level("IT-RS-PART-A").onHand()).isEqualTo(10);
    }

    @Test
    void the_same_restock_key_twice_puts_the_units_back_once() {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-RS-TWICE", 10))));
        reservations.reserve(request("O-RS-TWICE", line("IT-RS-TWICE", 5)));
        reservations.deduct("O-RS-TWICE");

        ReservationView first = reservations.restock(restock("O-RS-TWICE", "R-1", restockLine("IT-RS-TWICE", 2)));
        ReservationView again = reservations.restock(restock("O-RS-TWICE", "R-1", restockLine("IT-RS-TWICE", 2)));
        ReservationView otherLines = reservations.restock(restock("O-RS-TWICE", "R-1", restockLine("IT-RS-TWICE", 3)));
        assertThat(again).isEqualTo(first);
        assertThat(otherLines).as("the key decides, not the lines").isEqualTo(first);
        assertThat(level("IT-RS-TWICE")).isEqualTo(new StockLevel("IT-RS-TWICE", W, 7, 0, 7));

        assertThat(reservations.restock(restock("O-RS-TWICE", "R-2")).status()).isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(reservations.restock(restock("O-RS-TWICE", "R-2")).status()).isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(level("IT-RS-TWICE")).isEqualTo(new StockLevel("IT-RS-TWICE", W, 10, 0, 10));
    }

    @Test
    void restocking_more_than_was_deducted_or_a_sku_not_on_the_order_is_refused_and_nothing_changes() {
        stock.setStock(new SetStockRequest(W, List.of(
                new SetStockRequest.Entry("IT-RS-OVER-A", 10), new SetStockRequest.Entry("IT-RS-OVER-B", 10))));
        reservations.reserve(request("O-RS-OVER", line("IT-RS-OVER-A", 2), line("IT-RS-OVER-B", 1)));
        reservations.deduct("O-RS-OVER");

        assertThatThrownBy(() -> reservations.restock(restock("O-RS-OVER", "R-OVER",
                restockLine("IT-RS-OVER-A", 1), restockLine("IT-RS-OVER-B", 2))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.INVALID_QUANTITY)).isTrue())
                .hasMessageContaining("only 1 of sku IT-RS-OVER-B");
        assertRefused(() -> reservations.restock(restock("O-RS-OVER", "R-UNKNOWN", restockLine("IT-RS-NOT-ORDERED", 1))),
                InventoryError.INVALID_QUANTITY);
        assertRefused(() -> reservations.restock(restock("O-RS-OVER", "R-ZERO", restockLine("IT-RS-OVER-A", 0))),
                InventoryError.INVALID_QUANTITY);
        assertRefused(() -> reservations.restock(restock("O-RS-OVER", " ")), CommonError.INVALID_REQUEST);
        assertThat(level("IT-RS-OVER-A")).isEqualTo(new StockLevel("IT-RS-OVER-A", W, 8, 0, 8));
        assertThat(level("IT-RS-OVER-B")).isEqualTo(new StockLevel("IT-RS-OVER-B", W, 9, 0, 9));

        assertThat(reservations.restock(restock("O-RS-OVER", "R-OVER", restockLine("IT-RS-OVER-A", 1))).status())
                .as("the refused key wrote nothing and is free").isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(level("IT-RS-OVER-A").onHand()).isEqualTo(9);
    }

    @Test
    void restocking_an_order_that_was_never_deducted_is_refused() {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry("IT-RS-UNPAID", 5))));
        reservations.reserve(request("O-RS-RESERVED", line("IT-RS-UNPAID", 2)));
        reservations.reserve(request("O-RS-RELEASED", line("IT-RS-UNPAID", 1)));
        reservations.release("O-RS-RELEASED");

        assertRefused(() -> reservations.restock(restock("O-RS-RESERVED", "cancel")), InventoryError.RESERVATION_NOT_DEDUCTED);
        assertRefused(() -> reservations.restock(restock("O-RS-RESERVED", "return", restockLine("IT-RS-UNPAID", 1))),
                InventoryError.RESERVATION_NOT_DEDUCTED);
        assertRefused(() -> reservations.restock(restock("O-RS-RELEASED", "cancel")), InventoryError.RESERVATION_NOT_DEDUCTED);
        assertRefused(() -> reservations.restock(restock("O-RS-NEVER", "cancel")), InventoryError.RESERVATION_NOT_FOUND);
        assertThat(level("IT-RS-UNPAID")).isEqualTo(new StockLevel("IT-RS-UNPAID", W, 5, 2, 3));
        assertThat(reservations.release("O-RS-RESERVED").status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void concurrent_restocks_of_one_order_never_put_back_more_than_it_deducted() throws Exception {
        String sku = "IT-RS-RACE";
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry(sku, 20))));
        reservations.reserve(request("O-RS-RACE", line(sku, 10)));
        reservations.deduct("O-RS-RACE");

        int callers = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger restocked = new AtomicInteger();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                String key = "R-RACE-" + i;
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        reservations.restock(restock("O-RS-RACE", key, restockLine(sku, 1)));
                        restocked.incrementAndGet();
                    } catch (KaolaException e) {
                        refusals.computeIfAbsent(e.code(), c -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> call : calls) call.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(restocked.get()).isEqualTo(10);
        assertThat(refusals).containsOnlyKeys(InventoryError.INVALID_QUANTITY.code());
        assertThat(refusals.get(InventoryError.INVALID_QUANTITY.code()).get()).isEqualTo(15);
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, W, 20, 0, 20));
        assertThat(reservations.restock(restock("O-RS-RACE", "R-RACE-0")).status()).isEqualTo(ReservationStatus.RESTOCKED);
    }

    @Test
    void restocks_of_many_orders_at_once_all_land_without_deadlock() throws Exception {
        String sku = "IT-RS-MANY";
        int orders = 12;
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry(sku, 2L * orders),
                new SetStockRequest.Entry("IT-RS-MANY-B", 2L * orders))));
        for (int i = 0; i < orders; i++) {
            reservations.reserve(request("O-RS-MANY-" + i, line(sku, 2), line("IT-RS-MANY-B", 1)));
            reservations.deduct("O-RS-MANY-" + i);
        }

        ExecutorService pool = Executors.newFixedThreadPool(orders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReservationView>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < orders; i++) {
                String orderNo = "O-RS-MANY-" + i;
                calls.add(pool.submit(() -> {
                    go.await();
                    return reservations.restock(restock(orderNo, "cancel"));
                }));
            }
            go.countDown();
            for (Future<ReservationView> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS).status()).isEqualTo(ReservationStatus.RESTOCKED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(level(sku)).isEqualTo(new StockLevel(sku, W, 2L * orders, 0, 2L * orders));
        assertThat(level("IT-RS-MANY-B")).isEqualTo(new StockLevel("IT-RS-MANY-B", W, 2L * orders, 0, 2L * orders));
    }

    private StockLevel level(String sku) {
        List<StockLevel> levels = stock.getStock(null, List.of(sku));
        assertThat(levels).hasSize(1);
        return levels.get(0);
    }

    private static ReserveStockRequest.Line line(String sku, int quantity) { return new ReserveStockRequest.Line(sku, quantity); }

    private static RestockLine restockLine(String sku, int quantity) { return new RestockLine(sku, quantity); }

    private static RestockRequest restock(String orderNo, String key, RestockLine... lines) {
        return new RestockRequest(orderNo, key, List.of(lines));
    }

    private static ReserveStockRequest request(String orderNo, ReserveStockRequest.Line... lines) {
        return new ReserveStockRequest(orderNo, null, List.of(lines));
    }

    private static void assertRefused(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
