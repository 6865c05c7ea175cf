package io.kaola.inventory.stock.application;

import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockCount;
import io.kaola.inventory.stock.domain.StockRepository;
import io.kaola.inventory.stock.domain.WarehouseCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/** Applies a stock-take: absolute on-hand counts, all or nothing. */
@Service
public class SetStock {
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public SetStock(StockRepository stock, SkuStockChangedPublisher events, TransactionTemplate tx) {
        this.stock = stock;
        this.events = events;
        this.tx = tx;
    }

    /**
     * How many rows the stock-take created, changed and left as they were.
     *
     * @param created   new SKU rows
     * @param updated   rows whose on-hand changed
     * @param unchanged rows that already had the count
     */
    public record Outcome(int created, int updated, int unchanged) {}

    private record Applied(Outcome outcome, List<AvailabilityChange> changes) {}

    /**
     * @param warehouseCode bonded warehouse, null for the default
     * @param counts        (skuCode, onHand >= 0), each SKU once
     * @return the counts of created, updated and unchanged rows
     * @throws io.kaola.common.error.KaolaException INVENTORY_INVALID_QUANTITY, INVENTORY_BELOW_RESERVED
     *         (nothing is written when any is thrown)
     */
    public Outcome set(String warehouseCode, List<StockCount> counts) {
        List<StockCount> sorted = StockCount.checkAll(counts);
        String warehouse = WarehouseCode.orDefault(warehouseCode);
        Applied applied = tx.execute(status -> {
            int created = 0, updated = 0, unchanged = 0;
            List<AvailabilityChange> changes = new ArrayList<>();
            for (StockCount count : sorted) {
                SkuStock row = stock.lock(count.skuCode(), warehouse);
                if (row == null) {
                    if (stock.createIfAbsent(count.skuCode(), warehouse, count.onHand())) {
                        created++;
                        changes.add(new AvailabilityChange(count.skuCode(), warehouse, 0, count.onHand()));
                        continue;
                    }
                    row = stock.lock(count.skuCode(), warehouse); // created concurrently
                }
                switch (count.effectOn(row.onHand(), row.reserved())) {
                    case UNCHANGED -> unchanged++;
                    case UPDATE -> {
                        if (!stock.setOnHand(count.skuCode(), warehouse, count.onHand())) {
                            throw new IllegalStateException("stock row of sku " + count.skuCode() + " changed under its lock");
                        }
                        updated++;
                        changes.add(new AvailabilityChange(count.skuCode(), warehouse, row.available(),
                                count.onHand() - row.reserved()));
                    }
                    case CREATE -> throw new IllegalStateException("stock row of sku " + count.skuCode() + " exists");
                }
            }
            return new Applied(new Outcome(created, updated, unchanged), changes);
        });
        events.publishCommitted(applied.changes());
        return applied.outcome();
    }
}
