package io.kaola.inventory.api;

import io.kaola.common.error.KaolaException;

import java.util.List;

/** Stock levels per SKU and bonded warehouse. */
public interface StockService {

    /**
     * @param warehouseCode bonded warehouse, null for the default
     * @param skuCodes      SKU codes; unknown ones are absent from the result
     * @return levels of the known SKUs
     */
    List<StockLevel> getStock(String warehouseCode, List<String> skuCodes);

    /**
     * Sets absolute on-hand quantities. Idempotent.
     * @throws KaolaException INVENTORY_INVALID_QUANTITY (negative), INVENTORY_BELOW_RESERVED (less than already held)
     */
    SetStockResult setStock(SetStockRequest request) throws KaolaException;
}
