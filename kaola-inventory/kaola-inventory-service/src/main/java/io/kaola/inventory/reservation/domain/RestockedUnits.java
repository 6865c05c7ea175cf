package io.kaola.inventory.reservation.domain;

/**
 * Units of one SKU one restock put back on hand (a row of {@code restock_line}).
 *
 * @param restockKey the restock's idempotency key within its order
 * @param skuCode    SKU code
 * @param quantity   units, >= 1
 */
public record RestockedUnits(String restockKey, String skuCode, int quantity) {}
