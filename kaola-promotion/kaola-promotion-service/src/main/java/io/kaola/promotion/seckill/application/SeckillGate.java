package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.FlashSaleWindow;

import java.time.Duration;
import java.time.Instant;

/**
 * The flash sale's admission in Redis (RedisSeckillGate): units, per-user counts, one-time attempt tokens and the
 * attempts, all of one sale under one hash tag so that one script decides and takes atomically.
 */
public interface SeckillGate {
    /** Loads the sale's window and units (before its start). Warming a sale again changes nothing. */
    void warm(FlashSaleWindow sale);

    /** @return a new one-time attempt token for the buyer, valid for {@code ttl} (replaces an earlier one) */
    String issueToken(long saleId, long userId, Duration ttl);

    /**
     * Decides one attempt atomically: known sale, inside the window, the buyer's token, under the per-user limit, a
     * unit left; when all hold, takes the unit, counts it for the buyer, consumes the token and records the attempt
     * QUEUED.
     *
     * @return the outcome (only ADMITTED changes the units)
     */
    Admission admit(long saleId, long userId, String token, String attemptId, Instant at);

    /**
     * An admitted attempt could not become an order: its unit and the buyer's count go back, once.
     *
     * @return true the first time, false when the attempt was not QUEUED (already given back or ordered)
     */
    boolean giveBack(long saleId, long userId, String attemptId);

    /** @return units left in Redis, or -1 when the sale is not warmed */
    int remaining(long saleId);
}
