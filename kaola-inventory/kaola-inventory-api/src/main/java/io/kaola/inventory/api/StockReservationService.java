package io.kaola.inventory.api;

import io.kaola.common.error.KaolaException;

/** Holds stock for orders: reserve at checkout, deduct on payment, release on cancel. */
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
}
