package io.kaola.inventory.hold.application;

import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.HoldTransition;
import io.kaola.inventory.hold.domain.StockHold;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import io.kaola.inventory.stock.domain.WarehouseCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/** Sets units of a SKU aside for a flash sale: they leave available stock and wait in a hold for the sale's orders. */
@Service
public class HoldStock {
    private final HoldRepository holds;
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public HoldStock(HoldRepository holds, StockRepository stock, SkuStockChangedPublisher events, TransactionTemplate tx) {
        this.holds = holds;
        this.stock = stock;
        this.events = events;
        this.tx = tx;
    }

    private record Held(StockHold hold, AvailabilityChange change) {}

    /**
     * One transaction: INSERT of the hold (OPEN, remaining = units), then the guarded UPDATE of the stock row
     * ({@code reserved += units WHERE on_hand - reserved >= units}, the same statement as a reservation), so that
     * concurrent holds and orders can never oversell. The hold row is written first so that every use case locks the
     * hold before the stock row (as a close does), which keeps a repeat racing a close free of deadlocks.
     * The availability change is announced after commit.
     *
     * @param holdId        idempotency key, 1..64 characters: a repeat with the same SKU, warehouse and units returns the
     *                      hold as it is now (OPEN or CLOSED)
     * @param warehouseCode bonded warehouse, null or blank for the default
     * @param skuCode       the SKU, 1..64 characters
     * @param units         units to set aside, 1..1,000,000
     * @return the hold (OPEN, remaining = units; or as it is now for a repeat)
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (bad holdId, skuCode or warehouseCode),
     *         INVENTORY_INVALID_QUANTITY (units), INVENTORY_UNKNOWN_SKU, INVENTORY_INSUFFICIENT_STOCK,
     *         INVENTORY_HOLD_ID_REUSED (the id holds another SKU, warehouse or number of units); nothing is written
     *         when any is thrown
     */
    public StockHold hold(String holdId, String warehouseCode, String skuCode, int units) {
        StockHold.checkRequest(holdId, skuCode, units);
        String warehouse = WarehouseCode.orDefault(warehouseCode);
        StockHold existing = holds.find(holdId);
        if (HoldTransition.HOLD.decideFor(holdId, existing == null ? null : existing.status()).stays()) {
            return existing.answerRepeat(warehouse, skuCode, units);
        }
        Held held;
        try {
            held = tx.execute(status -> holdUnits(StockHold.open(holdId, warehouse, skuCode, units)));
        } catch (DuplicateKeyException e) {
            // the same hold id was created concurrently and committed first; ours rolled back
            StockHold winner = holds.find(holdId);
            if (winner == null) throw e;
            return winner.answerRepeat(warehouse, skuCode, units);
        }
        events.publishCommitted(List.of(held.change()));
        return held.hold();
    }

    private Held holdUnits(StockHold hold) {
        holds.create(hold);
        if (!stock.reserve(hold.skuCode(), hold.warehouseCode(), hold.units())) throw refusal(hold);
        SkuStock after = stock.lock(hold.skuCode(), hold.warehouseCode());
        return new Held(hold, new AvailabilityChange(hold.skuCode(), hold.warehouseCode(),
                after.available() + hold.units(), after.available()));
    }

    private RuntimeException refusal(StockHold hold) {
        SkuStock row = stock.find(hold.skuCode(), hold.warehouseCode());
        if (row == null) {
            return InventoryError.UNKNOWN_SKU.exception("sku " + hold.skuCode() + " is not stocked in warehouse "
                    + hold.warehouseCode());
        }
        return InventoryError.INSUFFICIENT_STOCK.exception("only " + Math.max(0, row.available()) + " left of sku "
                + hold.skuCode() + ", " + hold.units() + " requested for stock hold " + hold.holdId());
    }
}
