package io.kaola.inventory.hold.application;

import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.StockHold;
import org.springframework.stereotype.Service;

/** Reads one stock hold. */
@Service
public class FindHold {
    private final HoldRepository holds;

    public FindHold(HoldRepository holds) { this.holds = holds; }

    /**
     * @param holdId the hold, 1..64 characters
     * @return the hold as last committed
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (bad holdId), INVENTORY_HOLD_NOT_FOUND
     */
    public StockHold find(String holdId) {
        StockHold.checkHoldId(holdId);
        StockHold hold = holds.find(holdId);
        if (hold == null) throw InventoryError.HOLD_NOT_FOUND.exception("no stock hold " + holdId);
        return hold;
    }
}
