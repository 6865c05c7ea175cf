package io.kaola.promotion.seckill.infrastructure;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.HoldStockRequest;
import io.kaola.inventory.api.HoldView;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.StockHoldService;
import io.kaola.promotion.seckill.application.StockHolds;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** {@link StockHolds} over kaola-inventory's StockHoldService (each call idempotent on the hold id, so retried). */
@Component
public class DubboStockHolds implements StockHolds {
    @DubboReference(check = false, timeout = 3000, retries = 2)
    private StockHoldService holds;

    @Override
    public HoldView hold(String holdId, String skuCode, int units) {
        return holds.hold(new HoldStockRequest(holdId, null, skuCode, units));
    }

    @Override
    public HoldView close(String holdId) { return holds.closeHold(holdId); }

    @Override
    public HoldView find(String holdId) {
        try {
            return holds.findHold(holdId);
        } catch (KaolaException e) {
            if (e.is(InventoryError.HOLD_NOT_FOUND)) return null;
            throw e;
        }
    }
}
