package io.kaola.product.catalog.application;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stock levels and imported on-hand quantities, in kaola-inventory. */
public interface StockClient {

    /** @return levels by SKU code (unknown SKUs absent), empty when kaola-inventory cannot answer */
    Optional<Map<String, StockLevel>> levels(String warehouseCode, List<String> skuCodes);

    /**
     * Sets absolute on-hand quantities (idempotent, so a failed run is finished by running it again).
     *
     * @param warehouseCode the warehouse to fill
     * @param entries       SKU code and units on hand (>= 0) each
     * @return the summed counts
     * @throws KaolaException as kaola-inventory refuses; other failures as RuntimeException (e.g. RpcException)
     */
    SetStockResult setStock(String warehouseCode, List<SetStockRequest.Entry> entries);
}
