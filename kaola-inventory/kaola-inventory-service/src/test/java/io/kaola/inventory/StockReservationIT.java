package io.kaola.inventory;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.TestInfra;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
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

    private StockLevel level(String sku) {
        List<StockLevel> levels = stock.getStock(null, List.of(sku));
        assertThat(levels).hasSize(1);
        return levels.get(0);
    }

    private static ReserveStockRequest.Line line(String sku, int quantity) { return new ReserveStockRequest.Line(sku, quantity); }

    private static ReserveStockRequest request(String orderNo, ReserveStockRequest.Line... lines) {
        return new ReserveStockRequest(orderNo, null, List.of(lines));
    }

    private static void assertRefused(Runnable call, InventoryError error) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
