package io.kaola.inventory.reservation.application;

/**
 * Where the units of a released flash order go: back into the stock hold they were taken from, while that hold is
 * OPEN (implemented by the hold feature, {@code io.kaola.inventory.hold}). Runs in the caller's transaction.
 */
public interface HoldReturns {

    /**
     * Locks the hold (SELECT ... FOR UPDATE, so that a concurrent close waits or has finished) and, when it is OPEN,
     * puts {@code quantity} units back into its remaining; the stock row is not touched, because the hold's units
     * stay reserved there.
     *
     * @param holdId   the hold the reservation took its units from
     * @param quantity units, >= 1
     * @return true when the hold took them back; false when it is CLOSED or unknown (or would exceed its units):
     *         the caller then gives them back to available stock (stock.reserved goes down)
     */
    boolean giveBack(String holdId, int quantity);
}
