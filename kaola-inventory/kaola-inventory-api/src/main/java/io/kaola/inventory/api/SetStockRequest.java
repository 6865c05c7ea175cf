package io.kaola.inventory.api;

import java.io.Serializable;
import java.util.List;

/**
 * Sets absolute on-hand quantities (ops stock-take, catalogue import).
 *
 * @param warehouseCode bonded warehouse, null for the default
 * @param entries       (skuCode, onHand >= 0)
 */
public record SetStockRequest(String warehouseCode, List<Entry> entries) implements Serializable {
    public SetStockRequest { entries = List.copyOf(entries); }

    /** @param skuCode SKU code; @param onHand absolute units on hand, >= 0 */
    public record Entry(String skuCode, long onHand) implements Serializable {}
}
