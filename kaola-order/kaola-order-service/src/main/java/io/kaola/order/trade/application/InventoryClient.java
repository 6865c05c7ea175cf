package io.kaola.order.trade.application;

import io.kaola.inventory.api.RestockLine;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;

import java.util.List;
import java.util.Map;

/**
 * kaola-inventory's stock reservations (port; DubboInventoryClient in trade/infrastructure). reserve is idempotent
 * on orderNo and retried once after a timeout; release is the compensation and idempotent.
 */
public interface InventoryClient {

    /**
     * Holds stock for the order, all or nothing.
     * @throws io.kaola.common.error.KaolaException INVENTORY_INSUFFICIENT_STOCK, INVENTORY_UNKNOWN_SKU, passed through
     */
    ReservationView reserve(ReserveStockRequest request);

    /**
     * Takes the order's units from a flash sale's stock hold (idempotent on orderNo).
     * @throws io.kaola.common.error.KaolaException INVENTORY_HOLD_EXHAUSTED, INVENTORY_HOLD_CLOSED,
     *         INVENTORY_HOLD_NOT_FOUND, passed through
     */
    ReservationView reserveFromHold(String holdId, String orderNo, int quantity);

    /** Gives the order's stock back (to the sale's hold while it is open, for a flash order); a no-op for an unknown order. */
    void release(String orderNo);

    /**
     * Turns the order's reservation into a deduction (idempotent).
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND, INVENTORY_RESERVATION_RELEASED
     */
    ReservationView deduct(String orderNo);

    /**
     * Puts sold goods back on hand: every unit of the order when {@code lines} is empty (cancelled before customs
     * release), else the lines given (a return). Idempotent on (orderNo, restockKey).
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND, INVENTORY_RESERVATION_NOT_DEDUCTED,
     *         INVENTORY_INVALID_QUANTITY, passed through
     */
    ReservationView restock(String orderNo, String restockKey, List<RestockLine> lines);

    /**
     * @param skuCodes SKU codes
     * @return units available now in the default bonded warehouse per known SKU (unknown ones absent); a read, retried
     */
    Map<String, Long> available(List<String> skuCodes);
}
