package io.kaola.inventory.api;

import java.io.Serializable;
import java.util.List;

/**
 * @param orderNo       the order the stock is held for (idempotency key of the reservation)
 * @param warehouseCode bonded warehouse, null for {@link Warehouses#DEFAULT_BONDED}
 * @param lines         (skuCode, quantity >= 1), each SKU at most once
 */
public record ReserveStockRequest(String orderNo, String warehouseCode, List<Line> lines) implements Serializable {
    public ReserveStockRequest { lines = List.copyOf(lines); }

    /** @param skuCode SKU code; @param quantity units, >= 1 */
    public record Line(String skuCode, int quantity) implements Serializable {}
}
