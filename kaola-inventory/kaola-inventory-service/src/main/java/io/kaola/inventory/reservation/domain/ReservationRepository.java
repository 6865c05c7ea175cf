package io.kaola.inventory.reservation.domain;

import io.kaola.inventory.api.ReservationStatus;

import java.util.List;

/**
 * Where reservations (header plus lines) are kept. It only reads and writes: which move is legal is decided by
 * {@link ReservationTransition#LIFECYCLE}. Locking reads and writes run in the caller's transaction.
 */
public interface ReservationRepository {

    /** @return the reservation of the order as of this transaction's read view, or null */
    Reservation find(String orderNo);

    /**
     * Reads the latest committed state and locks it: after a guarded write changed 0 rows, a plain
     * read would still show this transaction's (REPEATABLE READ) snapshot.
     *
     * @return the reservation of the order, or null
     */
    Reservation reloadLocked(String orderNo);

    /**
     * Stores a new reservation with its lines (and its holdId, when a flash order took its units from a hold).
     *
     * @throws org.springframework.dao.DuplicateKeyException when the order already has a reservation
     */
    void create(Reservation reservation);

    /**
     * Writes a move decided by the domain, guarded by the status it leaves.
     *
     * @return true if this call moved it; false if another call had moved it first
     */
    boolean moveStatus(String orderNo, ReservationStatus from, ReservationStatus to);

    /**
     * Every unit restocked for the order so far. A plain read: call it after {@link #reloadLocked}, which serialises
     * the restocks of one order, in a READ COMMITTED transaction, so that it sees every restock committed before the
     * lock was granted (no gap locks, so restocks of different orders never deadlock on their inserts).
     *
     * @return the restock lines of the order, in no particular order; empty when none
     */
    List<RestockedUnits> restocksOf(String orderNo);

    /**
     * Records the units one restock put back (one row per SKU, keyed (order, restockKey, sku)).
     *
     * @param lines at least one, quantity >= 1
     * @throws org.springframework.dao.DuplicateKeyException when the key was recorded already for one of the SKUs
     */
    void recordRestock(String orderNo, String restockKey, List<ReservationLine> lines);
}
