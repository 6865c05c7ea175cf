package io.kaola.inventory.stock.infrastructure;

/**
 * One row of {@code stock}.
 *
 * @param skuCode       SKU code
 * @param warehouseCode bonded warehouse
 * @param onHand        units in the warehouse
 * @param reserved      units held for unpaid orders
 */
public record StockRow(String skuCode, String warehouseCode, long onHand, long reserved) {
    /** @return units that can still be ordered */
    public long available() { return onHand - reserved; }
}
