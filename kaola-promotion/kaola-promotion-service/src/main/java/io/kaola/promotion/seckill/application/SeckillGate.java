package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.FlashSaleWindow;
import io.kaola.promotion.seckill.domain.GateSnapshot;

import java.time.Duration;
import java.time.Instant;

/**
 * The flash sale's admission in Redis (RedisSeckillGate): units, per-user counts, one-time attempt tokens and the
 * attempts, all of one sale under one hash tag so that one script decides and takes atomically.
 */
public interface SeckillGate {
    /** Loads the sale's window and {@code units} left (before its start). Warming a sale again changes nothing. */
    void warm(FlashSaleWindow sale, int units);

    /** Loads the sale with all its units ({@link #warm(FlashSaleWindow, int)}). */
    default void warm(FlashSaleWindow sale) { warm(sale, sale.units()); }

    /** @return a new one-time attempt token for the buyer, valid for {@code ttl} (replaces an earlier one) */
    String issueToken(long saleId, long userId, Duration ttl);

    /**
     * Decides one attempt atomically: known sale, inside the window, the buyer's token, under the per-user limit, a
     * unit left; when all hold, takes the unit, counts it for the buyer, consumes the token and records the attempt
     * QUEUED with its payload (what its order needs, re-sent by the reconciliation when the attempt is stuck).
     *
     * @return the outcome (only ADMITTED changes the units)
     */
    Admission admit(long saleId, long userId, String token, String attemptId, String payload, Instant at);

    /**
     * An admitted attempt could not become an order: its unit and the buyer's count go back, once; it reads FAILED
     * with the reason.
     *
     * @return true the first time, false when the attempt was not QUEUED (already given back or ordered)
     */
    boolean giveBack(long saleId, String attemptId, String reason);

    /**
     * QUEUED → ORDERED with the order number.
     *
     * @return true when the attempt reads ORDERED with this order now (also for a repeat); false when it FAILED or is
     *         unknown
     */
    boolean settleOrdered(long saleId, String attemptId, String orderNo);

    /** @return the attempt, or null when Redis has no such attempt */
    AttemptRecord attempt(long saleId, String attemptId);

    /** @return the payload stored with a QUEUED attempt, or null */
    String payload(long saleId, String attemptId);

    /** @return units left and the attempts by status, read in one step */
    GateSnapshot snapshot(long saleId);

    /**
     * Adds {@code delta} (may be negative) to the units left, only if they are still {@code expected} (the value the
     * decision was made on), never below 0.
     *
     * @return true when applied
     */
    boolean adjustUnits(long saleId, int expected, int delta);

    /** Moves the sale's end to {@code at} when that is earlier: no admission from then on. */
    void endAt(long saleId, Instant at);

    /** Lets the sale's keys expire {@code ttl} from now (after the end; attempts stay readable until then). */
    void expireAfter(long saleId, Duration ttl);

    /** @return units left in Redis, or -1 when the sale is not warmed */
    int remaining(long saleId);
}
