package io.kaola.inventory.stock.domain;

/**
 * How the units available to order (on hand minus reserved) of one SKU in one warehouse moved
 * within one transaction.
 *
 * @param skuCode       SKU code
 * @param warehouseCode bonded warehouse
 * @param before        available units before the change (0 for a SKU that did not exist)
 * @param after         available units after it
 */
public record AvailabilityChange(String skuCode, String warehouseCode, long before, long after) {

    /**
     * Only these changes are announced: the product page shows "in stock" or "sold out", not a count,
     * so 5 → 4 is not news but 1 → 0 and 0 → 3 are.
     *
     * @return true when the SKU went from orderable to sold out or back
     */
    public boolean crossesZero() { return (before > 0) != (after > 0); }

    /** @return true when at least one unit can be ordered after the change */
    public boolean isInStockAfter() { return after > 0; }
}
