package io.kaola.inventory.stock.domain;

/**
 * The stock of one SKU in one warehouse.
 *
 * @param skuCode       SKU code
 * @param warehouseCode bonded warehouse
 * @param onHand        units in the warehouse
 * @param reserved      units held for unpaid orders
 */
public record SkuStock(String skuCode, String warehouseCode, long onHand, long reserved) {
    /** @return units that can still be ordered (on hand - reserved) */
    public long available() { return onHand - reserved; }
}
