package io.kaola.inventory.hold.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.stock.domain.StockCount;

/**
 * Units of one SKU in one warehouse set aside for a flash sale (秒杀): they left available stock when the hold was
 * made (the stock row's reserved counts them), flash orders take them into their own reservations, and closing the
 * hold gives what is left back to available stock.
 *
 * @param holdId        the hold's idempotency key, 1..{@value #MAX_HOLD_ID_LENGTH} characters (e.g. "SECKILL-42")
 * @param warehouseCode bonded warehouse
 * @param skuCode       the SKU
 * @param units         units set aside when the hold was made, 1..{@value #MAX_UNITS}
 * @param remaining     units not taken by an order, 0..units; 0 once CLOSED
 * @param returned      units given back to available stock by the close; 0 while OPEN
 * @param status        OPEN or CLOSED; moved only by {@link HoldTransition}
 */
public record StockHold(String holdId, String warehouseCode, String skuCode, int units, int remaining, int returned,
                        HoldStatus status) {
    /** Width of the hold_id column. */
    public static final int MAX_HOLD_ID_LENGTH = 64;
    /** Upper bound of one hold: a flash sale of more units than this is a typo, not a sale. */
    public static final int MAX_UNITS = 1_000_000;

    /**
     * Checks the shape of a hold id before anything is read or written.
     *
     * @param holdId the id a caller sent
     * @throws KaolaException COMMON_INVALID_REQUEST when it is null, blank or longer than 64 characters
     */
    public static void checkHoldId(String holdId) {
        if (holdId == null || holdId.isBlank() || holdId.length() > MAX_HOLD_ID_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("holdId must be 1.." + MAX_HOLD_ID_LENGTH + " characters");
        }
    }

    /**
     * Checks a request for a new hold before anything is written.
     *
     * @param holdId  the hold's id, 1..64 characters
     * @param skuCode the SKU, 1..64 characters
     * @param units   units to set aside, 1..1,000,000
     * @throws KaolaException COMMON_INVALID_REQUEST (blank or over-long holdId or skuCode),
     *         INVENTORY_INVALID_QUANTITY (units outside 1..1,000,000)
     */
    public static void checkRequest(String holdId, String skuCode, int units) {
        checkHoldId(holdId);
        if (skuCode == null || skuCode.isBlank() || skuCode.length() > StockCount.MAX_SKU_CODE_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("skuCode must be 1.." + StockCount.MAX_SKU_CODE_LENGTH + " characters");
        }
        if (units < 1 || units > MAX_UNITS) {
            throw InventoryError.INVALID_QUANTITY.exception("units of hold " + holdId + " must be 1.." + MAX_UNITS
                    + ", was " + units);
        }
    }

    /**
     * @return a new hold of {@code units} of the SKU, OPEN, nothing taken yet
     */
    public static StockHold open(String holdId, String warehouseCode, String skuCode, int units) {
        return new StockHold(holdId, warehouseCode, skuCode, units, units, 0, HoldTransition.HOLD.target());
    }

    /**
     * How a repeat of a hold request under this hold's id is answered (idempotency on holdId).
     *
     * @param warehouseCode the repeat's warehouse (its default already applied)
     * @param skuCode       the repeat's SKU
     * @param units         the repeat's units
     * @return this hold, as it is now, when the repeat asks for the same SKU, warehouse and units
     * @throws KaolaException INVENTORY_HOLD_ID_REUSED when it asks for anything else
     */
    public StockHold answerRepeat(String warehouseCode, String skuCode, int units) {
        if (!this.warehouseCode.equals(warehouseCode) || !this.skuCode.equals(skuCode) || this.units != units) {
            throw InventoryError.HOLD_ID_REUSED.exception("hold " + holdId + " already holds " + this.units
                    + " of sku " + this.skuCode + " in " + this.warehouseCode + "; a request for " + units
                    + " of sku " + skuCode + " in " + warehouseCode + " needs another holdId");
        }
        return this;
    }

    /**
     * Decides whether an order may take {@code quantity} units from a hold, on the hold's latest committed row (the
     * taking itself is a guarded UPDATE; this names the refusal when that UPDATE changed nothing).
     *
     * @param holdId   the hold asked for, named in a refusal
     * @param hold     the hold's latest row, or null when there is none
     * @param quantity units the order asks for, 1..999
     * @throws KaolaException INVENTORY_HOLD_NOT_FOUND (no such hold), INVENTORY_HOLD_CLOSED (the sale ended),
     *         INVENTORY_HOLD_EXHAUSTED (fewer than {@code quantity} units remain, "only N left")
     */
    public static void checkTake(String holdId, StockHold hold, int quantity) {
        if (hold == null) throw InventoryError.HOLD_NOT_FOUND.exception("no stock hold " + holdId);
        if (hold.status() == HoldStatus.CLOSED) {
            throw InventoryError.HOLD_CLOSED.exception("stock hold " + holdId + " is closed; its units went back to stock");
        }
        if (hold.remaining() < quantity) {
            throw InventoryError.HOLD_EXHAUSTED.exception("only " + hold.remaining() + " left in stock hold " + holdId
                    + " of sku " + hold.skuCode() + ", " + quantity + " requested");
        }
    }

    /** @return this hold after CLOSE: CLOSED, the remaining units returned, nothing remaining */
    public StockHold closed() {
        return new StockHold(holdId, warehouseCode, skuCode, units, 0, remaining, HoldTransition.CLOSE.target());
    }
}
