package io.kaola.inventory.reservation.application;

import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import io.kaola.inventory.stock.domain.WarehouseCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/** Holds stock for every line of one order, all or nothing. */
@Service
public class ReserveStock {
    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public ReserveStock(ReservationRepository reservations, StockRepository stock, SkuStockChangedPublisher events,
                        TransactionTemplate tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.events = events;
        this.tx = tx;
    }

    private record Held(Reservation reservation, List<AvailabilityChange> changes) {}

    /**
     * Each line is held with one guarded UPDATE ({@code on_hand - reserved >= quantity}), which the
     * database evaluates under the row lock, so concurrent buyers of the last units cannot oversell.
     * Lines are locked in skuCode order so that two carts over the same SKUs cannot deadlock.
     *
     * @param orderNo       the order, idempotency key: a repeat returns the existing reservation as it is
     * @param warehouseCode bonded warehouse, null for the default
     * @param lines         (skuCode, quantity 1..999), each SKU once
     * @return the reservation (RESERVED, or its later status for a repeat)
     * @throws io.kaola.common.error.KaolaException INVENTORY_INVALID_QUANTITY, INVENTORY_UNKNOWN_SKU,
     *         INVENTORY_INSUFFICIENT_STOCK; nothing is held when any is thrown
     */
    public Reservation reserve(String orderNo, String warehouseCode, List<ReservationLine> lines) {
        List<ReservationLine> sorted = Reservation.checkRequest(orderNo, lines);
        String warehouse = WarehouseCode.orDefault(warehouseCode);
        Reservation existing = reservations.find(orderNo);
        if (ReservationTransition.RESERVE.decideFor(orderNo, existing == null ? null : existing.status()).stays()) {
            return existing;
        }
        Held held;
        try {
            held = tx.execute(status -> holdAll(orderNo, warehouse, sorted));
        } catch (DuplicateKeyException e) {
            // the same order reserved concurrently and committed first; ours rolled back
            Reservation winner = reservations.find(orderNo);
            if (winner == null) throw e;
            return winner;
        }
        events.publishCommitted(held.changes());
        return held.reservation();
    }

    private Held holdAll(String orderNo, String warehouse, List<ReservationLine> sorted) {
        List<AvailabilityChange> changes = new ArrayList<>();
        for (ReservationLine line : sorted) {
            if (!stock.reserve(line.skuCode(), warehouse, line.quantity())) {
                throw refusal(line, warehouse);
            }
            SkuStock after = stock.lock(line.skuCode(), warehouse);
            changes.add(new AvailabilityChange(line.skuCode(), warehouse,
                    after.available() + line.quantity(), after.available()));
        }
        Reservation reservation = new Reservation(orderNo, warehouse, ReservationTransition.RESERVE.target(), sorted);
        reservations.create(reservation);
        return new Held(reservation, changes);
    }

    private RuntimeException refusal(ReservationLine line, String warehouse) {
        SkuStock row = stock.find(line.skuCode(), warehouse);
        if (row == null) {
            return InventoryError.UNKNOWN_SKU.exception("sku " + line.skuCode() + " is not stocked in warehouse " + warehouse);
        }
        return InventoryError.INSUFFICIENT_STOCK.exception("only " + Math.max(0, row.available()) + " left of sku "
                + line.skuCode() + ", " + line.quantity() + " requested");
    }
}
