package io.kaola.inventory;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.devinfra.TestInfra;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.api.HoldStockRequest;
import io.kaola.inventory.api.HoldView;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.RestockRequest;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.inventory.api.StockHoldService;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockReservationService;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.api.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flash-sale stock holds over the real Dubbo protocol and the service plane's mutual TLS, called as their callers
 * call them (holds as kaola-promotion, flash orders as kaola-order, so every record and KaolaException is serialised
 * and @CallableBy is checked), on a fresh kaola_inventory_it schema with the embedded ZooKeeper and RocketMQ. The
 * races run many threads at once against MariaDB.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0"})
// each IT class recreates kaola_inventory_it: close this context so that no provider of it outlives its schema
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StockHoldIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_inventory_it");
    }

    private static final String W = Warehouses.DEFAULT_BONDED;

    @TestConfiguration
    static class Config {
        @Bean
        HoldStockChangesHeard holdStockChangesHeard() { return new HoldStockChangesHeard(); }
    }

    /** Collects every SkuStockChanged, as the product service's cache evictor would receive it. */
    static class HoldStockChangesHeard implements KaolaMessageListener<SkuStockChanged> {
        final Queue<SkuStockChanged> heard = new ConcurrentLinkedQueue<>();
        @Override public String topic() { return SkuStockChanged.TOPIC; }
        @Override public String consumerGroup() { return "inventory-it-hears-hold-stock-changes"; }
        @Override public Class<SkuStockChanged> payloadType() { return SkuStockChanged.class; }
        @Override public void onMessage(SkuStockChanged payload, String key) { heard.add(payload); }
    }

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired HoldStockChangesHeard stockChanges;

    private static ServicePlaneClient asPromotion;
    private static ServicePlaneClient asOrder;
    private static ServicePlaneClient asGateway;
    /** As kaola-promotion: makes, closes and reads holds. */
    private StockHoldService promotion;
    /** As kaola-order: takes flash orders' units from holds. */
    private StockHoldService order;
    private StockReservationService reservations;
    private StockService stock;

    @BeforeAll
    static void clients() {
        asPromotion = new ServicePlaneClient("kaola-promotion", ServicePlaneClient.testCredentials());
        asOrder = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials());
        asGateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials());
    }

    @AfterAll
    static void close() {
        asPromotion.close();
        asOrder.close();
        asGateway.close();
    }

    @BeforeEach
    void connect() {
        String holds = ServicePlaneClient.providerAddress(context, StockHoldService.class);
        promotion = asPromotion.reference(StockHoldService.class, holds);
        order = asOrder.reference(StockHoldService.class, holds);
        reservations = asOrder.reference(StockReservationService.class,
                ServicePlaneClient.providerAddress(context, StockReservationService.class));
        stock = asOrder.reference(StockService.class, ServicePlaneClient.providerAddress(context, StockService.class));
    }

    @Test
    void a_hold_of_100_of_150_leaves_50_for_normal_orders() {
        setStock("IT-H-NORMAL", 150);

        HoldView hold = promotion.hold(new HoldStockRequest("SECKILL-NORMAL", null, "IT-H-NORMAL", 100));
        assertThat(hold).isEqualTo(new HoldView("SECKILL-NORMAL", W, "IT-H-NORMAL", 100, 100, 0, HoldStatus.OPEN));
        assertThat(level("IT-H-NORMAL")).isEqualTo(new StockLevel("IT-H-NORMAL", W, 150, 100, 50));

        assertThatThrownBy(() -> reservations.reserve(request("O-H-NORMAL-60", "IT-H-NORMAL", 60)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.INSUFFICIENT_STOCK)).isTrue())
                .hasMessageContaining("only 50 left");
        assertThat(reservations.reserve(request("O-H-NORMAL-50", "IT-H-NORMAL", 50)).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(level("IT-H-NORMAL")).isEqualTo(new StockLevel("IT-H-NORMAL", W, 150, 150, 0));
        assertThat(promotion.findHold("SECKILL-NORMAL").remaining()).as("normal orders do not touch the hold").isEqualTo(100);
    }

    @Test
    void thirty_flash_buyers_racing_for_a_hold_of_ten_get_exactly_ten_reservations() throws Exception {
        setStock("IT-H-RACE", 25);
        promotion.hold(new HoldStockRequest("SECKILL-RACE", W, "IT-H-RACE", 10));
        StockLevel before = level("IT-H-RACE");
        assertThat(before).isEqualTo(new StockLevel("IT-H-RACE", W, 25, 10, 15));

        Map<String, AtomicInteger> outcomes = race(30, i -> () -> order.reserveFromHold("SECKILL-RACE", "O-H-RACE-" + i, 1));

        assertThat(outcomes.get("OK")).hasValue(10);
        assertThat(outcomes.get(InventoryError.HOLD_EXHAUSTED.code())).hasValue(20);
        assertThat(outcomes).hasSize(2);
        assertThat(promotion.findHold("SECKILL-RACE"))
                .isEqualTo(new HoldView("SECKILL-RACE", W, "IT-H-RACE", 10, 0, 0, HoldStatus.OPEN));
        assertThat(level("IT-H-RACE")).as("the hold's units were already reserved").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reservation WHERE hold_id = 'SECKILL-RACE' AND status = 'RESERVED'",
                Integer.class)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT SUM(l.quantity) FROM reservation r JOIN reservation_line l ON l.order_no = r.order_no"
                + " WHERE r.hold_id = 'SECKILL-RACE' AND l.sku_code = 'IT-H-RACE'", Integer.class)).isEqualTo(10);
        assertRefused(() -> order.reserveFromHold("SECKILL-RACE", "O-H-RACE-LATE", 1), InventoryError.HOLD_EXHAUSTED);
    }

    @Test
    void the_same_order_taking_from_a_hold_again_takes_once_even_when_racing() throws Exception {
        setStock("IT-H-TWICE", 10);
        promotion.hold(new HoldStockRequest("SECKILL-TWICE", W, "IT-H-TWICE", 5));

        ReservationView first = order.reserveFromHold("SECKILL-TWICE", "O-H-TWICE", 2);
        assertThat(first).isEqualTo(new ReservationView("O-H-TWICE", W, ReservationStatus.RESERVED,
                List.of(new ReserveStockRequest.Line("IT-H-TWICE", 2))));
        assertThat(order.reserveFromHold("SECKILL-TWICE", "O-H-TWICE", 2)).isEqualTo(first);
        assertThat(promotion.findHold("SECKILL-TWICE").remaining()).isEqualTo(3);

        Map<String, AtomicInteger> outcomes = race(8, i -> () -> order.reserveFromHold("SECKILL-TWICE", "O-H-TWICE-RACE", 1));
        assertThat(outcomes).containsOnlyKeys("OK");
        assertThat(promotion.findHold("SECKILL-TWICE").remaining()).as("the racing repeats took once").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT hold_id FROM reservation WHERE order_no = 'O-H-TWICE-RACE'", String.class))
                .isEqualTo("SECKILL-TWICE");
        assertThat(level("IT-H-TWICE")).isEqualTo(new StockLevel("IT-H-TWICE", W, 10, 5, 5));
    }

    @Test
    void releasing_a_flash_order_while_the_hold_is_open_gives_its_units_back_to_the_hold() {
        setStock("IT-H-BACK", 10);
        promotion.hold(new HoldStockRequest("SECKILL-BACK", W, "IT-H-BACK", 4));
        order.reserveFromHold("SECKILL-BACK", "O-H-BACK", 1);
        assertThat(promotion.findHold("SECKILL-BACK").remaining()).isEqualTo(3);
        StockLevel before = level("IT-H-BACK");

        assertThat(reservations.release("O-H-BACK").status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(promotion.findHold("SECKILL-BACK").remaining()).isEqualTo(4);
        assertThat(level("IT-H-BACK")).as("available stock does not move").isEqualTo(before);
        assertThat(before).isEqualTo(new StockLevel("IT-H-BACK", W, 10, 4, 6));

        assertThat(reservations.release("O-H-BACK").status()).as("a repeated release").isEqualTo(ReservationStatus.RELEASED);
        assertThat(promotion.findHold("SECKILL-BACK").remaining()).isEqualTo(4);
        assertThat(order.reserveFromHold("SECKILL-BACK", "O-H-BACK-NEXT", 4).status())
                .as("the next flash buyer can take the given-back unit").isEqualTo(ReservationStatus.RESERVED);
    }

    @Test
    void closing_a_hold_returns_what_is_left_to_stock_once_and_later_releases_go_to_stock() {
        setStock("IT-H-CLOSE", 10);
        promotion.hold(new HoldStockRequest("SECKILL-CLOSE", W, "IT-H-CLOSE", 6));
        order.reserveFromHold("SECKILL-CLOSE", "O-H-CLOSE", 2);
        assertThat(level("IT-H-CLOSE")).isEqualTo(new StockLevel("IT-H-CLOSE", W, 10, 6, 4));

        HoldView closed = promotion.closeHold("SECKILL-CLOSE");
        assertThat(closed).isEqualTo(new HoldView("SECKILL-CLOSE", W, "IT-H-CLOSE", 6, 0, 4, HoldStatus.CLOSED));
        assertThat(level("IT-H-CLOSE")).as("available up by the 4 returned").isEqualTo(new StockLevel("IT-H-CLOSE", W, 10, 2, 8));

        assertThat(promotion.closeHold("SECKILL-CLOSE")).as("a repeated close").isEqualTo(closed);
        assertThat(level("IT-H-CLOSE")).isEqualTo(new StockLevel("IT-H-CLOSE", W, 10, 2, 8));
        assertRefused(() -> order.reserveFromHold("SECKILL-CLOSE", "O-H-CLOSE-LATE", 1), InventoryError.HOLD_CLOSED);
        assertThat(promotion.hold(new HoldStockRequest("SECKILL-CLOSE", W, "IT-H-CLOSE", 6)))
                .as("a repeated hold answers the closed hold, holding nothing").isEqualTo(closed);
        assertThat(level("IT-H-CLOSE").reserved()).isEqualTo(2);

        assertThat(reservations.release("O-H-CLOSE").status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(level("IT-H-CLOSE")).as("released after the close: back to available stock")
                .isEqualTo(new StockLevel("IT-H-CLOSE", W, 10, 0, 10));
        assertThat(promotion.findHold("SECKILL-CLOSE")).isEqualTo(closed);
    }

    @Test
    void releases_racing_a_close_lose_no_unit() throws Exception {
        setStock("IT-H-RACE-CLOSE", 30);
        promotion.hold(new HoldStockRequest("SECKILL-RACE-CLOSE", W, "IT-H-RACE-CLOSE", 20));
        for (int i = 0; i < 20; i++) order.reserveFromHold("SECKILL-RACE-CLOSE", "O-H-RC-" + i, 1);

        Map<String, AtomicInteger> outcomes = race(21, i -> i == 20
                ? () -> promotion.closeHold("SECKILL-RACE-CLOSE")
                : () -> reservations.release("O-H-RC-" + i));
        assertThat(outcomes).containsOnlyKeys("OK");

        HoldView hold = promotion.findHold("SECKILL-RACE-CLOSE");
        assertThat(hold.status()).isEqualTo(HoldStatus.CLOSED);
        assertThat(hold.remaining()).isZero();
        assertThat(level("IT-H-RACE-CLOSE")).as("every unit back in available stock, whichever came first (%d via the close)",
                hold.returned()).isEqualTo(new StockLevel("IT-H-RACE-CLOSE", W, 30, 0, 30));
    }

    @Test
    void deducting_a_flash_order_ships_its_units() {
        setStock("IT-H-DEDUCT", 10);
        promotion.hold(new HoldStockRequest("SECKILL-DEDUCT", W, "IT-H-DEDUCT", 3));
        order.reserveFromHold("SECKILL-DEDUCT", "O-H-DEDUCT", 2);

        assertThat(reservations.deduct("O-H-DEDUCT").status()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(level("IT-H-DEDUCT")).isEqualTo(new StockLevel("IT-H-DEDUCT", W, 8, 1, 7));
        assertThat(promotion.findHold("SECKILL-DEDUCT").remaining()).isEqualTo(1);
        assertThat(reservations.release("O-H-DEDUCT").status()).as("a late release").isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(promotion.findHold("SECKILL-DEDUCT").remaining()).isEqualTo(1);

        assertThat(promotion.closeHold("SECKILL-DEDUCT").returned()).isEqualTo(1);
        assertThat(level("IT-H-DEDUCT")).isEqualTo(new StockLevel("IT-H-DEDUCT", W, 8, 0, 8));
    }

    @Test
    void restocking_a_flash_order_puts_its_units_in_available_stock_not_back_into_the_hold() {
        setStock("IT-H-RESTOCK", 10);
        promotion.hold(new HoldStockRequest("SECKILL-RESTOCK", W, "IT-H-RESTOCK", 3));
        order.reserveFromHold("SECKILL-RESTOCK", "O-H-RESTOCK", 2);
        reservations.deduct("O-H-RESTOCK");
        assertThat(level("IT-H-RESTOCK")).isEqualTo(new StockLevel("IT-H-RESTOCK", W, 8, 1, 7));

        assertThat(reservations.restock(new RestockRequest("O-H-RESTOCK", "cancel", List.of())).status())
                .isEqualTo(ReservationStatus.RESTOCKED);
        assertThat(level("IT-H-RESTOCK")).as("on hand and available up by 2, the hold's unit still reserved")
                .isEqualTo(new StockLevel("IT-H-RESTOCK", W, 10, 1, 9));
        assertThat(promotion.findHold("SECKILL-RESTOCK").remaining()).as("not back into the hold").isEqualTo(1);

        assertThat(promotion.closeHold("SECKILL-RESTOCK").returned()).isEqualTo(1);
        assertThat(level("IT-H-RESTOCK")).isEqualTo(new StockLevel("IT-H-RESTOCK", W, 10, 0, 10));
    }

    @Test
    void a_hold_id_reused_for_another_request_is_refused_and_a_repeat_holds_once() {
        setStock("IT-H-REUSE", 20);
        HoldView first = promotion.hold(new HoldStockRequest("SECKILL-REUSE", null, "IT-H-REUSE", 5));
        assertThat(promotion.hold(new HoldStockRequest("SECKILL-REUSE", W, "IT-H-REUSE", 5))).isEqualTo(first);

        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-REUSE", W, "IT-H-REUSE", 6)), InventoryError.HOLD_ID_REUSED);
        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-REUSE", W, "IT-H-OTHER", 5)), InventoryError.HOLD_ID_REUSED);
        assertThat(level("IT-H-REUSE")).isEqualTo(new StockLevel("IT-H-REUSE", W, 20, 5, 15));
    }

    @Test
    void holding_more_than_is_available_is_refused_and_nothing_is_written() {
        setStock("IT-H-SHORT", 7);
        reservations.reserve(request("O-H-SHORT", "IT-H-SHORT", 3));

        assertThatThrownBy(() -> promotion.hold(new HoldStockRequest("SECKILL-SHORT", W, "IT-H-SHORT", 5)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.INSUFFICIENT_STOCK)).isTrue())
                .hasMessageContaining("only 4 left");
        assertThat(level("IT-H-SHORT")).isEqualTo(new StockLevel("IT-H-SHORT", W, 7, 3, 4));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_hold WHERE hold_id = 'SECKILL-SHORT'", Integer.class)).isZero();
        assertRefused(() -> promotion.findHold("SECKILL-SHORT"), InventoryError.HOLD_NOT_FOUND);

        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-NO-SKU", W, "IT-H-NO-SUCH-SKU", 1)), InventoryError.UNKNOWN_SKU);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_hold WHERE hold_id = 'SECKILL-NO-SKU'", Integer.class)).isZero();
        assertThat(promotion.hold(new HoldStockRequest("SECKILL-SHORT", W, "IT-H-SHORT", 4)).remaining())
                .as("the refused id is free for a request that fits").isEqualTo(4);
    }

    @Test
    void bad_requests_and_unknown_holds_are_refused_with_codes_that_survive_the_wire() {
        setStock("IT-H-BAD", 5);
        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-BAD", W, "IT-H-BAD", 0)), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-BAD", W, "IT-H-BAD", 1_000_001)), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> promotion.hold(new HoldStockRequest(" ", W, "IT-H-BAD", 1)), CommonError.INVALID_REQUEST);
        assertRefused(() -> promotion.hold(new HoldStockRequest("x".repeat(65), W, "IT-H-BAD", 1)), CommonError.INVALID_REQUEST);
        assertRefused(() -> promotion.hold(new HoldStockRequest("SECKILL-BAD", W, "", 1)), CommonError.INVALID_REQUEST);
        assertRefused(() -> promotion.hold(null), CommonError.INVALID_REQUEST);
        assertThat(level("IT-H-BAD").reserved()).isZero();

        promotion.hold(new HoldStockRequest("SECKILL-BAD", W, "IT-H-BAD", 2));
        assertRefused(() -> order.reserveFromHold("SECKILL-BAD", "O-H-BAD", 0), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> order.reserveFromHold("SECKILL-BAD", "O-H-BAD", 1000), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> order.reserveFromHold("SECKILL-BAD", " ", 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> order.reserveFromHold(null, "O-H-BAD", 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> order.reserveFromHold("SECKILL-NEVER", "O-H-BAD", 1), InventoryError.HOLD_NOT_FOUND);
        assertRefused(() -> order.reserveFromHold("SECKILL-BAD", "O-H-BAD", 3), InventoryError.HOLD_EXHAUSTED);
        assertThat(reservations.release("O-H-BAD")).as("no reservation was stored").isNull();
        assertThat(promotion.findHold("SECKILL-BAD").remaining()).isEqualTo(2);

        assertRefused(() -> promotion.closeHold("SECKILL-NEVER"), InventoryError.HOLD_NOT_FOUND);
        assertRefused(() -> promotion.findHold("SECKILL-NEVER"), InventoryError.HOLD_NOT_FOUND);
    }

    @Test
    void only_the_callers_the_api_names_may_hold_take_and_close() {
        setStock("IT-H-CALLERS", 5);
        StockHoldService gateway = asGateway.reference(StockHoldService.class,
                ServicePlaneClient.providerAddress(context, StockHoldService.class));

        assertRefused(() -> order.hold(new HoldStockRequest("SECKILL-CALLERS", W, "IT-H-CALLERS", 2)), CommonError.FORBIDDEN);
        assertRefused(() -> gateway.hold(new HoldStockRequest("SECKILL-CALLERS", W, "IT-H-CALLERS", 2)), CommonError.FORBIDDEN);
        promotion.hold(new HoldStockRequest("SECKILL-CALLERS", W, "IT-H-CALLERS", 2));
        assertRefused(() -> gateway.reserveFromHold("SECKILL-CALLERS", "O-H-CALLERS", 1), CommonError.FORBIDDEN);
        assertRefused(() -> promotion.reserveFromHold("SECKILL-CALLERS", "O-H-CALLERS", 1), CommonError.FORBIDDEN);
        assertRefused(() -> order.closeHold("SECKILL-CALLERS"), CommonError.FORBIDDEN);
        assertThat(gateway.findHold("SECKILL-CALLERS").remaining()).as("the gateway may read a hold").isEqualTo(2);
        assertThat(level("IT-H-CALLERS").reserved()).isEqualTo(2);
    }

    @Test
    void a_hold_of_the_last_units_announces_sold_out_and_its_close_announces_back_in_stock() throws Exception {
        setStock("IT-H-ANNOUNCE", 5);
        promotion.hold(new HoldStockRequest("SECKILL-ANNOUNCE", W, "IT-H-ANNOUNCE", 5));
        awaitHeard(new SkuStockChanged("IT-H-ANNOUNCE", W, false));

        order.reserveFromHold("SECKILL-ANNOUNCE", "O-H-ANNOUNCE", 1);
        promotion.closeHold("SECKILL-ANNOUNCE");
        awaitHeard(new SkuStockChanged("IT-H-ANNOUNCE", W, true));
        assertThat(level("IT-H-ANNOUNCE")).isEqualTo(new StockLevel("IT-H-ANNOUNCE", W, 5, 1, 4));
    }

    private void awaitHeard(SkuStockChanged event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!stockChanges.heard.contains(event) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(stockChanges.heard).contains(event);
    }

    /** Runs {@code calls} callers at once; @return how many answered ("OK") and how many were refused, per code */
    private static Map<String, AtomicInteger> race(int calls, IntFunction<Callable<?>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch ready = new CountDownLatch(calls);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < calls; i++) {
                Callable<?> one = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    String outcome;
                    try {
                        one.call();
                        outcome = "OK";
                    } catch (KaolaException e) {
                        outcome = e.code();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private void setStock(String sku, long onHand) {
        stock.setStock(new SetStockRequest(W, List.of(new SetStockRequest.Entry(sku, onHand))));
    }

    private StockLevel level(String sku) {
        List<StockLevel> levels = stock.getStock(null, List.of(sku));
        assertThat(levels).hasSize(1);
        return levels.get(0);
    }

    private static ReserveStockRequest request(String orderNo, String sku, int quantity) {
        return new ReserveStockRequest(orderNo, null, List.of(new ReserveStockRequest.Line(sku, quantity)));
    }

    private static void assertRefused(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
