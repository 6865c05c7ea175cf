package io.kaola.promotion.seckill.application;

import io.kaola.inventory.api.HoldView;

/** kaola-inventory's stock holds (port; DubboStockHolds). Every call is idempotent on the hold id. */
public interface StockHolds {
    /**
     * Sets {@code units} of the SKU aside.
     * @throws io.kaola.common.error.KaolaException INVENTORY_INSUFFICIENT_STOCK, INVENTORY_UNKNOWN_SKU (nothing held)
     */
    HoldView hold(String holdId, String skuCode, int units);

    /** Gives what is left back to stock; @return the hold, CLOSED */
    HoldView close(String holdId);

    /** @return the hold, or null when kaola-inventory has none with this id */
    HoldView find(String holdId);
}
