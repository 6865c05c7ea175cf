package io.kaola.user.quota.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Statements on {@code quota_year}, {@code quota_reservation} and {@code quota_restore} (mapper/QuotaMapper.xml). */
@Mapper
public interface QuotaMapper {

    /**
     * Creates the year's row if missing. On an existing row the no-op update still takes its exclusive lock
     * (never a shared one, which two transactions could both hold and then deadlock upgrading).
     */
    void ensureYear(@Param("identityKey") String identityKey, @Param("year") int year, @Param("now") Instant now);

    QuotaYearRow lockYear(@Param("identityKey") String identityKey, @Param("year") int year);

    QuotaYearRow findYear(@Param("identityKey") String identityKey, @Param("year") int year);

    int updateYear(@Param("identityKey") String identityKey, @Param("year") int year, @Param("usedFen") long usedFen,
                   @Param("reservedFen") long reservedFen, @Param("now") Instant now);

    /** Fails with a duplicate key when the order already has a reservation. */
    void insertReservation(QuotaReservationRow row);

    QuotaReservationRow findReservation(String orderNo);

    QuotaReservationRow lockReservation(String orderNo);

    /** @return 1 when moved, 0 when the reservation was not in {@code from} */
    int moveReservation(@Param("orderNo") String orderNo, @Param("from") String from, @Param("to") String to,
                        @Param("now") Instant now);

    /** @return the amount (fen) recorded for the order's restore key, null when none */
    Long findRestore(@Param("orderNo") String orderNo, @Param("restoreKey") String restoreKey);

    /** Fails with a duplicate key when the order already has a restore of that key. */
    void insertRestore(@Param("orderNo") String orderNo, @Param("restoreKey") String restoreKey,
                       @Param("amountFen") long amountFen, @Param("now") Instant now);

    /** @return 1 when the CONFIRMED reservation had {@code fromFen} restored and now has {@code toFen}, else 0 */
    int recordRestored(@Param("orderNo") String orderNo, @Param("fromFen") long fromFen, @Param("toFen") long toFen,
                       @Param("now") Instant now);
}
