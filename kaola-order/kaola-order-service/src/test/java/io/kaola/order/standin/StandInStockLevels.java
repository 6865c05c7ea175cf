package io.kaola.order.standin;

import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.api.Warehouses;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.ArrayList;
import java.util.List;

/** kaola-inventory's StockService stand-in: levels read from {@link StandInStock} (every SKU known, 0 when unset). */
@DubboService
public class StandInStockLevels implements StockService {
    private final StandInStock stock;

    public StandInStockLevels(StandInStock stock) { this.stock = stock; }

    @Override
    public List<StockLevel> getStock(String warehouseCode, List<String> skuCodes) {
        List<StockLevel> levels = new ArrayList<>();
        for (String sku : skuCodes) {
            long available = stock.available(sku);
            levels.add(new StockLevel(sku, Warehouses.DEFAULT_BONDED, available, 0, Math.max(0, available)));
        }
        return levels;
    }

    @Override public SetStockResult setStock(SetStockRequest request) { throw new UnsupportedOperationException(); }
}
