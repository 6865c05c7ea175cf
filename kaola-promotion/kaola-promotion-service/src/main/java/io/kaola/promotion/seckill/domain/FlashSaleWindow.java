package io.kaola.promotion.seckill.domain;

import java.time.Instant;

/**
 * What admission needs to know of a flash sale: its units, the per-user limit and its window [startsAt, endsAt).
 *
 * @param saleId       the sale
 * @param units        units moved into the sale, >= 1
 * @param perUserLimit units one buyer may take, >= 1
 * @param startsAt     start (inclusive)
 * @param endsAt       end (exclusive)
 */
public record FlashSaleWindow(long saleId, int units, int perUserLimit, Instant startsAt, Instant endsAt) {
    public FlashSaleWindow {
        if (units < 1 || perUserLimit < 1 || !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a flash sale needs units >= 1, perUserLimit >= 1 and endsAt after startsAt");
        }
    }
}
