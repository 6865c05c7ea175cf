package io.kaola.inventory.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-inventory; codes are "INVENTORY_" + name(), listed in docs/errors.md. */
public enum InventoryError implements ErrorCode {
    INSUFFICIENT_STOCK(ErrorKind.CONFLICT, "Out of stock"),
    UNKNOWN_SKU(ErrorKind.NOT_FOUND, "Unknown SKU in warehouse"),
    RESERVATION_NOT_FOUND(ErrorKind.NOT_FOUND, "Reservation not found"),
    RESERVATION_RELEASED(ErrorKind.CONFLICT, "Reservation already released"),
    /** A restock of a reservation that was never deducted (RESERVED or RELEASED): nothing was sold; release it instead. */
    RESERVATION_NOT_DEDUCTED(ErrorKind.CONFLICT, "Reservation not deducted"),
    INVALID_QUANTITY(ErrorKind.INVALID, "Invalid quantity"),
    BELOW_RESERVED(ErrorKind.CONFLICT, "Stock below reserved quantity"),
    /** No stock hold with this id. */
    HOLD_NOT_FOUND(ErrorKind.NOT_FOUND, "Stock hold not found"),
    /** The hold has fewer units left than an order asks for. */
    HOLD_EXHAUSTED(ErrorKind.CONFLICT, "Stock hold exhausted"),
    /** The hold was closed (its sale ended); its units are back in stock. */
    HOLD_CLOSED(ErrorKind.CONFLICT, "Stock hold closed"),
    /** A hold id reused with another SKU, warehouse or number of units. */
    HOLD_ID_REUSED(ErrorKind.UNPROCESSABLE, "Stock hold id reused with another request");

    private final ErrorKind kind;
    private final String title;

    InventoryError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "INVENTORY"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
