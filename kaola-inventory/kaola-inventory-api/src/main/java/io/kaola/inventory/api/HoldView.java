package io.kaola.inventory.api;

import java.io.Serializable;

/**
 * @param holdId        the hold
 * @param warehouseCode bonded warehouse
 * @param skuCode       the SKU
 * @param units         units set aside when the hold was made
 * @param remaining     units still in the hold (not taken by an order; goes back up when such an order is released
 *                      while the hold is OPEN); 0 once CLOSED
 * @param returned      units given back to available stock when it was closed; 0 while OPEN
 * @param status        OPEN or CLOSED
 */
public record HoldView(String holdId, String warehouseCode, String skuCode, int units, int remaining, int returned,
                       HoldStatus status) implements Serializable {}
