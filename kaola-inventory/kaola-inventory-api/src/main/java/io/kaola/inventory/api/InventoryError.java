package io.kaola.inventory.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-inventory; codes are "INVENTORY_" + name(), listed in docs/errors.md. */
public enum InventoryError implements ErrorCode {
    INSUFFICIENT_STOCK(ErrorKind.CONFLICT, "Out of stock"),
    UNKNOWN_SKU(ErrorKind.NOT_FOUND, "Unknown SKU in warehouse"),
    RESERVATION_NOT_FOUND(ErrorKind.NOT_FOUND, "Reservation not found"),
    RESERVATION_RELEASED(ErrorKind.CONFLICT, "Reservation already released"),
    INVALID_QUANTITY(ErrorKind.INVALID, "Invalid quantity"),
    BELOW_RESERVED(ErrorKind.CONFLICT, "Stock below reserved quantity");

    private final ErrorKind kind;
    private final String title;

    InventoryError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "INVENTORY"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
