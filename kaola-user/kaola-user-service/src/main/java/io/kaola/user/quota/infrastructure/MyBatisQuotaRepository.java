package io.kaola.user.quota.infrastructure;

import io.kaola.user.api.QuotaStatus;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaRepository;
import io.kaola.user.quota.domain.QuotaReservation;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** {@link QuotaRepository} on MariaDB through {@link QuotaMapper} (mapper/QuotaMapper.xml). */
@Repository
public class MyBatisQuotaRepository implements QuotaRepository {
    private final QuotaMapper mapper;

    public MyBatisQuotaRepository(QuotaMapper mapper) { this.mapper = mapper; }

    @Override
    public QuotaBalance lockYearCreatingIt(String identityKey, int year, Instant now) {
        mapper.ensureYear(identityKey, year, now);
        return lockYear(identityKey, year);
    }

    @Override
    public QuotaBalance lockYear(String identityKey, int year) {
        QuotaYearRow row = mapper.lockYear(identityKey, year);
        if (row == null) throw new IllegalStateException("no quota row for a reservation's identity and year " + year);
        return new QuotaBalance(row.usedFen(), row.reservedFen());
    }

    @Override
    public QuotaBalance findYear(String identityKey, int year) {
        QuotaYearRow row = mapper.findYear(identityKey, year);
        return row == null ? QuotaBalance.EMPTY : new QuotaBalance(row.usedFen(), row.reservedFen());
    }

    @Override
    public void saveYear(String identityKey, int year, QuotaBalance balance, Instant now) {
        if (mapper.updateYear(identityKey, year, balance.usedFen(), balance.reservedFen(), now) != 1) {
            throw new IllegalStateException("quota row vanished while locked");
        }
    }

    @Override
    public void addReservation(QuotaReservation r) {
        mapper.insertReservation(new QuotaReservationRow(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(),
                r.restoredFen(), r.status().name(), r.createdAt(), r.updatedAt()));
    }

    @Override
    public Optional<QuotaReservation> findReservation(String orderNo) {
        return Optional.ofNullable(mapper.findReservation(orderNo)).map(MyBatisQuotaRepository::toReservation);
    }

    @Override
    public Optional<QuotaReservation> lockReservation(String orderNo) {
        return Optional.ofNullable(mapper.lockReservation(orderNo)).map(MyBatisQuotaRepository::toReservation);
    }

    @Override
    public boolean moveReservation(String orderNo, QuotaStatus from, QuotaStatus to, Instant now) {
        return mapper.moveReservation(orderNo, from.name(), to.name(), now) == 1;
    }

    @Override
    public Optional<Long> findRestore(String orderNo, String restoreKey) {
        return Optional.ofNullable(mapper.findRestore(orderNo, restoreKey));
    }

    @Override
    public void addRestore(QuotaReservation after, long restoredBeforeFen, String restoreKey, long amountFen, Instant now) {
        mapper.insertRestore(after.orderNo(), restoreKey, amountFen, now);
        if (mapper.recordRestored(after.orderNo(), restoredBeforeFen, after.restoredFen(), now) != 1) {
            throw new IllegalStateException("reservation of order " + after.orderNo() + " moved while locked");
        }
    }

    private static QuotaReservation toReservation(QuotaReservationRow r) {
        return new QuotaReservation(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(), r.restoredFen(),
                QuotaStatus.valueOf(r.status()), r.createdAt(), r.updatedAt());
    }
}
