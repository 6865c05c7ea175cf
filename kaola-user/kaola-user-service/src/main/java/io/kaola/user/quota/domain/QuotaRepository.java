package io.kaola.user.quota.domain;

import io.kaola.user.api.QuotaStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * Quota years (one balance per identity and year) and reservations (one per order). The locking reads must run
 * inside the caller's transaction; lock order is always the year's row first, then the reservation, so two moves
 * never wait on each other in a circle. It only reads and writes: which move is legal is decided by
 * {@link QuotaTransition#LIFECYCLE}.
 */
public interface QuotaRepository {

    /** Creates the year's row if needed and locks it until the transaction ends. @return its balance */
    QuotaBalance lockYearCreatingIt(String identityKey, int year, Instant now);

    /**
     * Locks an existing year's row until the transaction ends.
     *
     * @return its balance
     * @throws IllegalStateException when the year has no row (a reservation without its year: a bug)
     */
    QuotaBalance lockYear(String identityKey, int year);

    /** @return the year's balance, {@link QuotaBalance#EMPTY} when nothing was ever reserved */
    QuotaBalance findYear(String identityKey, int year);

    /** Writes a balance computed under {@link #lockYear}. */
    void saveYear(String identityKey, int year, QuotaBalance balance, Instant now);

    /** @throws org.springframework.dao.DuplicateKeyException when the order already has a reservation */
    void addReservation(QuotaReservation reservation);

    /** @return the order's reservation as of this transaction's read view, if any */
    Optional<QuotaReservation> findReservation(String orderNo);

    /** Locks the reservation until the transaction ends (after its year's row). */
    Optional<QuotaReservation> lockReservation(String orderNo);

    /**
     * Writes a move decided by the domain, guarded by the status it leaves.
     *
     * @return true when the reservation was in {@code from} and is now in {@code to}
     */
    boolean moveReservation(String orderNo, QuotaStatus from, QuotaStatus to, Instant now);

    /**
     * @return the amount (CNY fen) an earlier restore of the order under {@code restoreKey} gave back, if any; read
     *         after the year's and the reservation's locks, so a concurrent restore of the same key has committed
     */
    Optional<Long> findRestore(String orderNo, String restoreKey);

    /**
     * Records a restore decided by the domain (under both locks): the ledger row and the reservation's new restored
     * total, guarded by the total it had and by CONFIRMED.
     *
     * @param restoredBeforeFen the reservation's restored total before, CNY fen
     * @param after             the reservation with its new restored total
     * @param restoreKey        the restore's key
     * @param amountFen         what this restore gives back, CNY fen
     * @throws org.springframework.dao.DuplicateKeyException when the key is already recorded for the order
     * @throws IllegalStateException when the reservation moved while locked (a bug)
     */
    void addRestore(QuotaReservation after, long restoredBeforeFen, String restoreKey, long amountFen, Instant now);
}
