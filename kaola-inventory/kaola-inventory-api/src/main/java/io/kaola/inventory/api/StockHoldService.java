package io.kaola.inventory.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/**
 * Stock set aside for a flash sale (秒杀): units move out of a SKU's available stock into a hold before the sale, so
 * normal orders cannot take them; each flash order then takes its units from the hold into its own reservation
 * (which is deducted on payment and released on cancel like any other); closing the hold gives what is left back to
 * available stock. Every call is idempotent, because it arrives from retried RPCs and redelivered messages.
 */
public interface StockHoldService {

    /**
     * Moves {@code units} of the SKU from available stock into a new hold (on-hand stays, reserved goes up), never
     * below zero under concurrent calls. Idempotent on holdId: a repeat with the same SKU, warehouse and units returns
     * the hold as it is now.
     *
     * @return the hold, OPEN
     * @throws KaolaException INVENTORY_INSUFFICIENT_STOCK (nothing held), INVENTORY_UNKNOWN_SKU,
     *         INVENTORY_INVALID_QUANTITY (units outside 1..1,000,000), INVENTORY_HOLD_ID_REUSED (another request
     *         under this id), COMMON_INVALID_REQUEST (blank or over-long id, blank skuCode); nothing is written when
     *         any is thrown
     */
    @CallableBy("kaola-promotion")
    HoldView hold(HoldStockRequest request) throws KaolaException;

    /**
     * Takes {@code quantity} units from the hold into a reservation of the order (RESERVED, then deducted on payment or
     * released on cancel through {@link StockReservationService}); available stock does not move. Releasing that
     * reservation gives its units back to the hold while the hold is OPEN, else to available stock. Idempotent on
     * orderNo: a repeat returns the order's reservation as it is, without taking again.
     *
     * @param holdId   the hold, 1..64 characters
     * @param orderNo  the order, 1..64 characters
     * @param quantity units, 1..999
     * @return the order's reservation
     * @throws KaolaException INVENTORY_HOLD_NOT_FOUND, INVENTORY_HOLD_EXHAUSTED (fewer units left), INVENTORY_HOLD_CLOSED,
     *         INVENTORY_INVALID_QUANTITY, COMMON_INVALID_REQUEST (blank or over-long holdId or orderNo); nothing is
     *         taken when any is thrown
     */
    @CallableBy("kaola-order")
    ReservationView reserveFromHold(String holdId, String orderNo, int quantity) throws KaolaException;

    /**
     * OPEN → CLOSED: the units still in the hold go back to available stock (announced as a stock change). Idempotent:
     * a CLOSED hold is returned as it is. Orders that took units keep their reservations.
     *
     * @param holdId the hold, 1..64 characters
     * @return the hold, CLOSED, with the units returned
     * @throws KaolaException INVENTORY_HOLD_NOT_FOUND, COMMON_INVALID_REQUEST (blank or over-long holdId)
     */
    @CallableBy("kaola-promotion")
    HoldView closeHold(String holdId) throws KaolaException;

    /**
     * @param holdId the hold, 1..64 characters
     * @return the hold as it is now
     * @throws KaolaException INVENTORY_HOLD_NOT_FOUND, COMMON_INVALID_REQUEST (blank or over-long holdId)
     */
    @CallableBy({"kaola-promotion", "kaola-gateway"})
    HoldView findHold(String holdId) throws KaolaException;
}
