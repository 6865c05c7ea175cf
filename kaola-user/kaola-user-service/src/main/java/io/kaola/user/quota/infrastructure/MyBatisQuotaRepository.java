package io.kaola.user.quota.infrastructure;

import io.kaola.user.api.QuotaStatus;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaReservation;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/**
 * Quota years and reservations. The locking reads must run inside the caller's transaction; lock order is
 * always the year's row first, then the reservation, so two moves never wait on each other in a circle.
 */
@Repository
public class QuotaRepository {
    private final QuotaMapper mapper;

    public QuotaRepository(QuotaMapper mapper) { this.mapper = mapper; }

    /** Creates the year's row if needed and locks it until the transaction ends. @return its balance */
    public QuotaBalance lockYearCreatingIt(String identityKey, int year, Instant now) {
        mapper.ensureYear(identityKey, year, now);
        return lockYear(identityKey, year);
    }

    /** Locks an existing year's row until the transaction ends. @return its balance */
    public QuotaBalance lockYear(String identityKey, int year) {
        QuotaYearRow row = mapper.lockYear(identityKey, year);
        if (row == null) throw new IllegalStateException("no quota row for a reservation's identity and year " + year);
        return new QuotaBalance(row.usedFen(), row.reservedFen());
    }

    /** @return the year's balance, empty when nothing was ever reserved */
    public QuotaBalance findYear(String identityKey, int year) {
        QuotaYearRow row = mapper.findYear(identityKey, year);
        return row == null ? QuotaBalance.EMPTY : new QuotaBalance(row.usedFen(), row.reservedFen());
    }

    /** Writes a balance computed under {@link #lockYear}. */
    public void saveYear(String identityKey, int year, QuotaBalance balance, Instant now) {
        if (mapper.updateYear(identityKey, year, balance.usedFen(), balance.reservedFen(), now) != 1) {
            throw new IllegalStateException("quota row vanished while locked");
        }
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the order already has a reservation */
    public void addReservation(QuotaReservation r) {
        mapper.insertReservation(new QuotaReservationRow(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(),
                r.status().name(), r.createdAt(), r.updatedAt()));
    }

    public Optional<QuotaReservation> findReservation(String orderNo) {
        return Optional.ofNullable(mapper.findReservation(orderNo)).map(QuotaRepository::toReservation);
    }

    /** Locks the reservation until the transaction ends (after its year's row). */
    public Optional<QuotaReservation> lockReservation(String orderNo) {
        return Optional.ofNullable(mapper.lockReservation(orderNo)).map(QuotaRepository::toReservation);
    }

    /** @return true when the reservation was in {@code from} and is now in {@code to} */
    public boolean moveReservation(String orderNo, QuotaStatus from, QuotaStatus to, Instant now) {
        return mapper.moveReservation(orderNo, from.name(), to.name(), now) == 1;
    }

    private static QuotaReservation toReservation(QuotaReservationRow r) {
        return new QuotaReservation(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(),
                QuotaStatus.valueOf(r.status()), r.createdAt(), r.updatedAt());
    }
}
