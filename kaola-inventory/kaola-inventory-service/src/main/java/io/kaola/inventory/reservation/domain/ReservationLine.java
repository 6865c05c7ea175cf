package io.kaola.inventory.reservation.domain;

/**
 * Units of one SKU held by one reservation.
 *
 * @param skuCode  SKU code
 * @param quantity units, 1..{@value Reservation#MAX_QUANTITY_PER_LINE}
 */
public record ReservationLine(String skuCode, int quantity) {}
