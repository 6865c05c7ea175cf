package io.kaola.inventory.api;

import java.io.Serializable;

/**
 * @param holdId        idempotency key of the hold, 1..64 characters, e.g. "SECKILL-42" for flash sale 42
 * @param warehouseCode bonded warehouse, null for {@link Warehouses#DEFAULT_BONDED}
 * @param skuCode       the SKU
 * @param units         units to set aside, 1..1,000,000
 */
public record HoldStockRequest(String holdId, String warehouseCode, String skuCode, int units) implements Serializable {}
