package io.kaola.product.catalog.infrastructure;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.kaola.product.catalog.application.StockClient;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link StockClient} over Dubbo: stock levels and imported on-hand quantities, in kaola-inventory's StockService. */
@Component
public class DubboStockClient implements StockClient {
    private static final Logger log = LoggerFactory.getLogger(DubboStockClient.class);
    /** Keeps each setStock call small and well inside its timeout. */
    static final int SET_STOCK_BATCH = 500;

    @DubboReference(check = false, timeout = 1500, methods = {
            @Method(name = "getStock", retries = 1),
            @Method(name = "setStock", timeout = 30_000, retries = 0)})
    private StockService stock;

    /** @return levels by SKU code (unknown SKUs absent), empty when kaola-inventory cannot answer */
    @Override
    public Optional<Map<String, StockLevel>> levels(String warehouseCode, List<String> skuCodes) {
        try {
            Map<String, StockLevel> levels = new HashMap<>();
            stock.getStock(warehouseCode, skuCodes).forEach(l -> levels.put(l.skuCode(), l));
            return Optional.of(levels);
        } catch (RuntimeException e) {
            log.warn("stock levels unavailable for {} SKUs: {}", skuCodes.size(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Sets absolute on-hand quantities in batches of {@value #SET_STOCK_BATCH}; setStock is idempotent, so a failed run is finished
     * by running it again.
     *
     * @return the summed counts
     * @throws KaolaException as kaola-inventory refuses; other failures as RuntimeException (RpcException)
     */
    @Override
    public SetStockResult setStock(String warehouseCode, List<SetStockRequest.Entry> entries) {
        int created = 0, updated = 0, unchanged = 0;
        for (int from = 0; from < entries.size(); from += SET_STOCK_BATCH) {
            List<SetStockRequest.Entry> batch = entries.subList(from, Math.min(entries.size(), from + SET_STOCK_BATCH));
            SetStockResult result = stock.setStock(new SetStockRequest(warehouseCode, batch));
            created += result.created();
            updated += result.updated();
            unchanged += result.unchanged();
        }
        return new SetStockResult(created, updated, unchanged);
    }
}
