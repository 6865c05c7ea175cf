package io.kaola.user.quota.infrastructure;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.Instant;

/** Statements on {@code quota_year} and {@code quota_reservation}. */
@Mapper
public interface QuotaMapper {

    /**
     * Creates the year's row if missing. On an existing row the no-op update still takes its exclusive lock
     * (never a shared one, which two transactions could both hold and then deadlock upgrading).
     */
    @Insert("""
            INSERT INTO quota_year (identity_key, year, used_fen, reserved_fen, updated_at)
            VALUES (#{identityKey}, #{year}, 0, 0, #{now})
            ON DUPLICATE KEY UPDATE identity_key = identity_key""")
    void ensureYear(@Param("identityKey") String identityKey, @Param("year") int year, @Param("now") Instant now);

    @Select("""
            SELECT identity_key, year, used_fen, reserved_fen FROM quota_year
            WHERE identity_key = #{identityKey} AND year = #{year} FOR UPDATE""")
    QuotaYearRow lockYear(@Param("identityKey") String identityKey, @Param("year") int year);

    @Select("""
            SELECT identity_key, year, used_fen, reserved_fen FROM quota_year
            WHERE identity_key = #{identityKey} AND year = #{year}""")
    QuotaYearRow findYear(@Param("identityKey") String identityKey, @Param("year") int year);

    @Update("""
            UPDATE quota_year SET used_fen = #{usedFen}, reserved_fen = #{reservedFen}, updated_at = #{now}
            WHERE identity_key = #{identityKey} AND year = #{year}""")
    int updateYear(@Param("identityKey") String identityKey, @Param("year") int year, @Param("usedFen") long usedFen,
                   @Param("reservedFen") long reservedFen, @Param("now") Instant now);

    /** Fails with a duplicate key when the order already has a reservation. */
    @Insert("""
            INSERT INTO quota_reservation (order_no, identity_key, buyer_id, year, amount_fen, status, created_at, updated_at)
            VALUES (#{orderNo}, #{identityKey}, #{buyerId}, #{year}, #{amountFen}, #{status}, #{createdAt}, #{updatedAt})""")
    void insertReservation(QuotaReservationRow row);

    @Select("""
            SELECT order_no, identity_key, buyer_id, year, amount_fen, status, created_at, updated_at
            FROM quota_reservation WHERE order_no = #{orderNo}""")
    QuotaReservationRow findReservation(String orderNo);

    @Select("""
            SELECT order_no, identity_key, buyer_id, year, amount_fen, status, created_at, updated_at
            FROM quota_reservation WHERE order_no = #{orderNo} FOR UPDATE""")
    QuotaReservationRow lockReservation(String orderNo);

    /** @return 1 when moved, 0 when the reservation was not in {@code from} */
    @Update("""
            UPDATE quota_reservation SET status = #{to}, updated_at = #{now}
            WHERE order_no = #{orderNo} AND status = #{from}""")
    int moveReservation(@Param("orderNo") String orderNo, @Param("from") String from, @Param("to") String to,
                        @Param("now") Instant now);
}
