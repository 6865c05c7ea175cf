package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.RestockLine;
import io.kaola.inventory.api.RestockRequest;
import io.kaola.inventory.api.StockReservationService;
import io.kaola.inventory.api.Warehouses;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kaola-inventory stand-in: in memory, with the real contract: reserve is all or nothing and
 * idempotent on orderNo; deduct and release are idempotent; restock is idempotent on (orderNo, restockKey), never
 * puts back more than was deducted and makes the reservation RESTOCKED once every unit is back. Counts calls so
 * tests can see what the order service asked for and what actually happened.
 */
@DubboService
public class StandInStock implements StockReservationService {
    private final Map<String, Long> onHand = new HashMap<>();
    private final Map<String, Long> reserved = new HashMap<>();
    private final Map<String, ReservationView> reservations = new HashMap<>();
    private final Map<String, AtomicInteger> deductCalls = new HashMap<>();
    private final Map<String, AtomicInteger> effectiveDeductions = new HashMap<>();
    private final Map<String, Map<String, Long>> restocked = new HashMap<>();
    private final Map<String, Set<String>> restockKeys = new HashMap<>();
    private volatile CyclicBarrier reserveBarrier;
    private final AtomicInteger deductFailures = new AtomicInteger();

    /** Sets on-hand stock (no reservations touched). */
    public synchronized void setOnHand(String skuCode, long units) { onHand.put(skuCode, units); }

    /** @return on hand minus reserved */
    public synchronized long available(String skuCode) {
        return onHand.getOrDefault(skuCode, 0L) - reserved.getOrDefault(skuCode, 0L);
    }

    public synchronized long onHand(String skuCode) { return onHand.getOrDefault(skuCode, 0L); }

    /** @return the reservation of the order, null when none */
    public synchronized ReservationView reservation(String orderNo) { return reservations.get(orderNo); }

    /** @return reservations of orders whose number ends with {@code suffix} (a buyer's 4 digits) */
    public synchronized List<ReservationView> reservationsEndingWith(String suffix) {
        return reservations.values().stream().filter(r -> r.orderNo().endsWith(suffix)).toList();
    }

    public synchronized int deductCalls(String orderNo) {
        return deductCalls.getOrDefault(orderNo, new AtomicInteger()).get();
    }

    public synchronized int effectiveDeductions(String orderNo) {
        return effectiveDeductions.getOrDefault(orderNo, new AtomicInteger()).get();
    }

    /** @return units of the SKU restocked for the order so far */
    public synchronized long restocked(String orderNo, String skuCode) {
        return restocked.getOrDefault(orderNo, Map.of()).getOrDefault(skuCode, 0L);
    }

    /** @return the restock keys applied for the order (a repeat of a key is not counted again) */
    public synchronized Set<String> restockKeys(String orderNo) { return Set.copyOf(restockKeys.getOrDefault(orderNo, Set.of())); }

    /** The next {@code parties} reserve calls wait for each other before doing anything (forces a race). */
    public void holdReservesTogether(int parties) { reserveBarrier = new CyclicBarrier(parties, () -> reserveBarrier = null); }

    /** The next {@code times} deduct calls fail like a broken network would. */
    public void failNextDeducts(int times) { deductFailures.set(times); }

    @Override
    public ReservationView reserve(ReserveStockRequest request) throws KaolaException {
        CyclicBarrier barrier = reserveBarrier;
        if (barrier != null) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("reserve barrier broken", e);
            }
        }
        synchronized (this) {
            ReservationView existing = reservations.get(request.orderNo());
            if (existing != null) return existing;
            for (ReserveStockRequest.Line line : request.lines()) {
                if (!onHand.containsKey(line.skuCode())) {
                    throw InventoryError.UNKNOWN_SKU.exception("sku " + line.skuCode() + " is not stocked");
                }
                long left = available(line.skuCode());
                if (left < line.quantity()) {
                    throw InventoryError.INSUFFICIENT_STOCK.exception("only " + left + " left of sku " + line.skuCode());
                }
            }
            for (ReserveStockRequest.Line line : request.lines()) reserved.merge(line.skuCode(), (long) line.quantity(), Long::sum);
            ReservationView view = new ReservationView(request.orderNo(), Warehouses.DEFAULT_BONDED,
                    ReservationStatus.RESERVED, request.lines());
            reservations.put(request.orderNo(), view);
            return view;
        }
    }

    @Override
    public synchronized ReservationView deduct(String orderNo) throws KaolaException {
        deductCalls.computeIfAbsent(orderNo, k -> new AtomicInteger()).incrementAndGet();
        if (deductFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("stand-in: deduct failed on purpose");
        }
        ReservationView r = reservations.get(orderNo);
        if (r == null) throw InventoryError.RESERVATION_NOT_FOUND.exception("no reservation for " + orderNo);
        if (r.status() == ReservationStatus.RELEASED) throw InventoryError.RESERVATION_RELEASED.exception(orderNo);
        if (r.status() == ReservationStatus.DEDUCTED) return r;
        for (ReserveStockRequest.Line line : r.lines()) {
            reserved.merge(line.skuCode(), -(long) line.quantity(), Long::sum);
            onHand.merge(line.skuCode(), -(long) line.quantity(), Long::sum);
        }
        effectiveDeductions.computeIfAbsent(orderNo, k -> new AtomicInteger()).incrementAndGet();
        ReservationView deducted = new ReservationView(orderNo, r.warehouseCode(), ReservationStatus.DEDUCTED, r.lines());
        reservations.put(orderNo, deducted);
        return deducted;
    }

    @Override
    public synchronized ReservationView release(String orderNo) throws KaolaException {
        ReservationView r = reservations.get(orderNo);
        if (r == null || r.status() != ReservationStatus.RESERVED) return r;
        for (ReserveStockRequest.Line line : r.lines()) reserved.merge(line.skuCode(), -(long) line.quantity(), Long::sum);
        ReservationView released = new ReservationView(orderNo, r.warehouseCode(), ReservationStatus.RELEASED, r.lines());
        reservations.put(orderNo, released);
        return released;
    }

    @Override
    public synchronized ReservationView restock(RestockRequest request) throws KaolaException {
        ReservationView r = reservations.get(request.orderNo());
        if (r == null) throw InventoryError.RESERVATION_NOT_FOUND.exception("no reservation for " + request.orderNo());
        if (restockKeys.getOrDefault(request.orderNo(), Set.of()).contains(request.restockKey())) return r;
        if (r.status() == ReservationStatus.RESERVED || r.status() == ReservationStatus.RELEASED) {
            throw InventoryError.RESERVATION_NOT_DEDUCTED.exception(request.orderNo() + " is " + r.status());
        }
        Map<String, Long> done = restocked.computeIfAbsent(request.orderNo(), k -> new HashMap<>());
        Map<String, Long> left = new HashMap<>();
        for (ReserveStockRequest.Line line : r.lines()) {
            left.put(line.skuCode(), line.quantity() - done.getOrDefault(line.skuCode(), 0L));
        }
        Map<String, Long> now = new HashMap<>();
        if (request.lines().isEmpty()) {
            left.forEach((sku, units) -> { if (units > 0) now.put(sku, units); });
        } else {
            for (RestockLine line : request.lines()) {
                Long units = left.get(line.skuCode());
                if (units == null || line.quantity() < 1 || line.quantity() > units || now.containsKey(line.skuCode())) {
                    throw InventoryError.INVALID_QUANTITY.exception("cannot restock " + line.quantity() + " of sku "
                            + line.skuCode() + " for " + request.orderNo());
                }
                now.put(line.skuCode(), (long) line.quantity());
            }
        }
        if (now.isEmpty()) return r;
        now.forEach((sku, units) -> {
            done.merge(sku, units, Long::sum);
            onHand.merge(sku, units, Long::sum);
        });
        restockKeys.computeIfAbsent(request.orderNo(), k -> new HashSet<>()).add(request.restockKey());
        boolean complete = r.lines().stream().allMatch(l -> done.getOrDefault(l.skuCode(), 0L) >= l.quantity());
        if (!complete) return r;
        ReservationView all = new ReservationView(r.orderNo(), r.warehouseCode(), ReservationStatus.RESTOCKED, r.lines());
        reservations.put(r.orderNo(), all);
        return all;
    }
}
