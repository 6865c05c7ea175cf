package io.kaola.inventory.hold.application;

import io.kaola.common.state.Step;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.HoldTransition;
import io.kaola.inventory.hold.domain.StockHold;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Ends a flash sale's hold: what is left in it goes back to available stock. Orders that took units keep their
 * reservations; releasing one of those later gives its units to available stock too.
 */
@Service
public class CloseHold {
    private final HoldRepository holds;
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public CloseHold(HoldRepository holds, StockRepository stock, SkuStockChangedPublisher events, TransactionTemplate tx) {
        this.holds = holds;
        this.stock = stock;
        this.events = events;
        this.tx = tx;
    }

    private record Closed(StockHold hold, List<AvailabilityChange> changes) {}

    /**
     * One transaction: lock the hold row, OPEN → CLOSED with returned = remaining and remaining = 0, then
     * {@code stock.reserved -= returned} (skipped when nothing is left). Orders taking or releasing at the same time
     * wait for the hold's lock, so every unit ends up either in an order's reservation or back in stock. The
     * availability change is announced after commit.
     *
     * @param holdId the hold, 1..64 characters
     * @return the hold, CLOSED, with the units returned (as it is for a repeat)
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (bad holdId), INVENTORY_HOLD_NOT_FOUND
     */
    public StockHold close(String holdId) {
        StockHold.checkHoldId(holdId);
        Closed closed = tx.execute(status -> {
            StockHold current = holds.lock(holdId);
            Step<HoldStatus> step = HoldTransition.CLOSE.decideFor(holdId, current == null ? null : current.status());
            if (step.stays()) return new Closed(current, List.of());
            if (!holds.close(holdId, step.from(), step.to())) {
                throw new IllegalStateException("stock hold " + holdId + " changed under its lock");
            }
            StockHold after = current.closed();
            if (after.returned() == 0) return new Closed(after, List.of());
            if (!stock.unreserve(after.skuCode(), after.warehouseCode(), after.returned())) {
                throw new IllegalStateException("stock of sku " + after.skuCode() + " holds less than stock hold "
                        + holdId + " has left");
            }
            SkuStock row = stock.lock(after.skuCode(), after.warehouseCode());
            return new Closed(after, List.of(new AvailabilityChange(after.skuCode(), after.warehouseCode(),
                    row.available() - after.returned(), row.available())));
        });
        events.publishCommitted(closed.changes());
        return closed.hold();
    }
}
