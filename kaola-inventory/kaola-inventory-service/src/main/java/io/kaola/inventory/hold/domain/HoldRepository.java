package io.kaola.inventory.hold.domain;

import io.kaola.inventory.api.HoldStatus;

/**
 * Where stock holds are kept. It only reads and writes: which move is legal is decided by
 * {@link HoldTransition#LIFECYCLE}, whether an order may take units by {@link StockHold#checkTake}. Every write is
 * guarded (evaluated by the database under the row lock); locking reads and writes run in the caller's transaction.
 */
public interface HoldRepository {

    /** @return the hold as of this transaction's read view (or the latest committed one outside a transaction), or null */
    StockHold find(String holdId);

    /**
     * Reads the latest committed hold and locks it until the transaction ends: after a guarded write changed 0 rows,
     * a plain read would still show this transaction's (REPEATABLE READ) snapshot.
     *
     * @return the hold, or null
     */
    StockHold lock(String holdId);

    /**
     * Stores a new hold.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a hold with this id exists
     */
    void create(StockHold hold);

    /**
     * Takes units out of an OPEN hold: {@code remaining -= quantity}, only if at least that many remain.
     *
     * @param quantity units, >= 1
     * @return true if taken; false if the hold is unknown, CLOSED or has fewer units left
     */
    boolean take(String holdId, int quantity);

    /**
     * Gives units back to an OPEN hold: {@code remaining += quantity}, never above the hold's units.
     *
     * @param quantity units, >= 1
     * @return true if given back; false if the hold is unknown, not OPEN, or would exceed its units
     */
    boolean giveBack(String holdId, int quantity);

    /**
     * Writes CLOSE decided by the domain, guarded by the status it leaves: status = {@code to},
     * returned = remaining, remaining = 0.
     *
     * @return true if this call closed it; false if another call had moved it first
     */
    boolean close(String holdId, HoldStatus from, HoldStatus to);
}
