package io.kaola.inventory.api;

import java.io.Serializable;
import java.util.List;

/**
 * Sold goods coming back on hand ({@link StockReservationService#restock}).
 *
 * @param orderNo    the order whose DEDUCTED reservation the units came from
 * @param restockKey 1..64 characters, the idempotency key within the order (e.g. the refund or return number):
 *                   the same key again changes nothing and answers the reservation as it is
 * @param lines      which units, each SKU at most once; empty (or null) = every unit of the order not yet restocked
 */
public record RestockRequest(String orderNo, String restockKey, List<RestockLine> lines) implements Serializable {
    public RestockRequest { lines = lines == null ? List.of() : List.copyOf(lines); }
}
