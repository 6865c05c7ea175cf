package io.kaola.product.testsupport;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.api.Warehouses;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for kaola-inventory in component tests: on-hand per (warehouse, SKU), nothing reserved. */
@DubboService
public class InMemoryStock implements StockService {
    private final Map<String, Long> onHand = new ConcurrentHashMap<>();
    private volatile boolean down;

    /** @param down true makes every call fail as an unreachable service would */
    public void setDown(boolean down) { this.down = down; }

    @Override
    public List<StockLevel> getStock(String warehouseCode, List<String> skuCodes) {
        failIfDown();
        String warehouse = warehouseCode == null ? Warehouses.DEFAULT_BONDED : warehouseCode;
        List<StockLevel> levels = new ArrayList<>();
        for (String sku : skuCodes) {
            Long units = onHand.get(warehouse + "/" + sku);
            if (units != null) levels.add(new StockLevel(sku, warehouse, units, 0, units));
        }
        return levels;
    }

    @Override
    public SetStockResult setStock(SetStockRequest request) throws KaolaException {
        failIfDown();
        String warehouse = request.warehouseCode() == null ? Warehouses.DEFAULT_BONDED : request.warehouseCode();
        int created = 0, updated = 0, unchanged = 0;
        for (SetStockRequest.Entry e : request.entries()) {
            if (e.onHand() < 0) throw InventoryError.INVALID_QUANTITY.exception("negative stock for " + e.skuCode());
            Long before = onHand.put(warehouse + "/" + e.skuCode(), e.onHand());
            if (before == null) created++;
            else if (before == e.onHand()) unchanged++;
            else updated++;
        }
        return new SetStockResult(created, updated, unchanged);
    }

    private void failIfDown() {
        if (down) throw CommonError.SERVICE_UNAVAILABLE.exception("inventory is down (test)");
    }
}
