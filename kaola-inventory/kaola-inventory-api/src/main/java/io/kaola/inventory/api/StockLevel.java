package io.kaola.inventory.api;

import java.io.Serializable;

/**
 * @param skuCode       SKU code
 * @param warehouseCode bonded warehouse
 * @param onHand        units physically in the warehouse (reduced on deduction)
 * @param reserved      units held for unpaid orders
 * @param available     onHand - reserved, never negative
 */
public record StockLevel(String skuCode, String warehouseCode, long onHand, long reserved, long available)
        implements Serializable {
    /** @return true when at least one unit can be ordered */
    public boolean isInStock() { return available > 0; }
}
