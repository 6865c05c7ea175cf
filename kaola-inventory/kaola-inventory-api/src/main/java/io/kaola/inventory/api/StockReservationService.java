package io.kaola.inventory.api;

import io.kaola.common.error.KaolaException;

/** Holds stock for orders: reserve at checkout, deduct on payment, release on cancel, restock sold goods that come back. */
public interface StockReservationService {

    /**
     * Holds stock for every line of one order, all or nothing, never below zero even under
     * concurrent calls. Idempotent on orderNo: a repeat returns the existing reservation.
     * @return the reservation (RESERVED)
     * @throws KaolaException INVENTORY_INSUFFICIENT_STOCK (nothing held), INVENTORY_UNKNOWN_SKU, INVENTORY_INVALID_QUANTITY
     */
    ReservationView reserve(ReserveStockRequest request) throws KaolaException;

    /**
     * Turns the reservation into a deduction (on-hand goes down). Idempotent.
     * @throws KaolaException INVENTORY_RESERVATION_NOT_FOUND, INVENTORY_RESERVATION_RELEASED
     */
    ReservationView deduct(String orderNo) throws KaolaException;

    /**
     * Gives the held stock back. Idempotent; releasing an unknown order is a no-op (returns null).
     * @throws KaolaException never for RESERVED or RELEASED; a DEDUCTED reservation is not released (returned as is)
     */
    ReservationView release(String orderNo) throws KaolaException;

    /**
     * Puts sold goods back on hand: a paid order cancelled before it left the bonded warehouse (lines empty = every
     * unit not yet restocked) or the units of a return (lines given). Idempotent on (orderNo, restockKey).
     * The total restocked per SKU never exceeds what the order deducted. When every unit is back the reservation is
     * RESTOCKED; until then it stays DEDUCTED. Each line adds its quantity to on-hand (and so to available stock),
     * also for a flash-sale order: restocked units never go back into a stock hold.
     *
     * @param request orderNo, restockKey (1..64), lines (skuCode, quantity >= 1), each SKU once
     * @return the reservation after the restock (for a repeated key, or when nothing was left: as it is)
     * @throws KaolaException INVENTORY_RESERVATION_NOT_FOUND (none), INVENTORY_RESERVATION_NOT_DEDUCTED (RESERVED or
     *         RELEASED: nothing was sold; release it instead), INVENTORY_INVALID_QUANTITY (more than left to
     *         restock, unknown sku line, a SKU twice, quantity < 1), COMMON_INVALID_REQUEST (blank orderNo,
     *         restockKey or skuCode); nothing is written when any is thrown
     */
    ReservationView restock(RestockRequest request) throws KaolaException;
}
