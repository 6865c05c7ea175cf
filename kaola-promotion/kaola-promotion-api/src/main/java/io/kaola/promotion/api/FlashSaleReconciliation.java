package io.kaola.promotion.api;

import java.io.Serializable;
import java.util.List;

/**
 * One comparison of a sale's Redis state with its stock hold. Expected: {@code redisUnits + queued = holdRemaining}
 * while the hold is OPEN (each queued attempt will take a unit from the hold or give its unit back).
 *
 * @param saleId        the sale
 * @param redisUnits    units left in Redis
 * @param queued        attempts admitted, order not created yet
 * @param ordered       attempts that became orders
 * @param failed        attempts whose order could not be created (unit given back)
 * @param holdRemaining units still in the hold (kaola-inventory); goes back up when a flash order is cancelled
 * @param holdStatus    OPEN or CLOSED
 * @param drift         redisUnits + queued - holdRemaining (0 = in step; above 0 Redis admits more than the hold has;
 *                      below 0 units in the hold nobody can be admitted to)
 * @param repaired      true when this run corrected Redis by -drift
 * @param notes         what was found and done, for ops
 */
public record FlashSaleReconciliation(long saleId, int redisUnits, int queued, int ordered, int failed,
                                      int holdRemaining, String holdStatus, int drift, boolean repaired,
                                      List<String> notes) implements Serializable {
    public FlashSaleReconciliation { notes = List.copyOf(notes); }
}
