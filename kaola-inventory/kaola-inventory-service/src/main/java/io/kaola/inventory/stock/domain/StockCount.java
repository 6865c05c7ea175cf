package io.kaola.inventory.stock.domain;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.InventoryError;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An absolute on-hand count of one SKU from a stock-take or a catalogue import.
 *
 * @param skuCode SKU code
 * @param onHand  units physically in the warehouse, >= 0
 */
public record StockCount(String skuCode, long onHand) {
    /** Width of the sku_code column. */
    public static final int MAX_SKU_CODE_LENGTH = 64;

    /** What setting a count does to the stock row. */
    public enum Effect { CREATE, UPDATE, UNCHANGED }

    /**
     * Checks a whole stock-take before anything is written.
     *
     * @return the counts sorted by skuCode (the lock order shared with reservations)
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (blank or too long skuCode),
     *         INVENTORY_INVALID_QUANTITY (negative count, a SKU twice)
     */
    public static List<StockCount> checkAll(List<StockCount> counts) {
        Set<String> seen = new HashSet<>();
        for (StockCount count : counts) {
            if (count.skuCode() == null || count.skuCode().isBlank() || count.skuCode().length() > MAX_SKU_CODE_LENGTH) {
                throw CommonError.INVALID_REQUEST.exception("skuCode must be 1.." + MAX_SKU_CODE_LENGTH + " characters");
            }
            if (count.onHand() < 0) {
                throw InventoryError.INVALID_QUANTITY.exception("on-hand of sku " + count.skuCode()
                        + " must be >= 0, was " + count.onHand());
            }
            if (!seen.add(count.skuCode())) {
                throw InventoryError.INVALID_QUANTITY.exception("sku " + count.skuCode() + " is counted twice");
            }
        }
        return counts.stream().sorted(Comparator.comparing(StockCount::skuCode)).toList();
    }

    /**
     * @param currentOnHand the row's on-hand, or null when the SKU has no row in the warehouse
     * @param reserved      units the row holds for unpaid orders (0 without a row)
     * @return what writing this count means
     * @throws io.kaola.common.error.KaolaException INVENTORY_BELOW_RESERVED when the count is less than the
     *         units already promised to orders (those orders must be released first)
     */
    public Effect effectOn(Long currentOnHand, long reserved) {
        if (currentOnHand == null) return Effect.CREATE;
        if (onHand < reserved) {
            throw InventoryError.BELOW_RESERVED.exception("sku " + skuCode + " has " + reserved
                    + " units reserved by unpaid orders; on-hand cannot go to " + onHand);
        }
        return onHand == currentOnHand ? Effect.UNCHANGED : Effect.UPDATE;
    }
}
