package io.kaola.promotion.seckill.domain;

import io.kaola.common.money.Money;

import java.time.Instant;

/**
 * A flash sale (秒杀) of one SKU.
 *
 * @param id           sale id
 * @param name         shown to shoppers
 * @param skuCode      the SKU
 * @param price        flash unit price, CNY
 * @param units        units set aside
 * @param perUserLimit units one shopper may take
 * @param startsAt     start (inclusive)
 * @param endsAt       end (exclusive)
 * @param status       PENDING, HELD or ENDED ({@link FlashSaleTransition})
 * @param returned     units given back to stock when it ended
 * @param createdAt    when it was created
 */
public record FlashSale(long id, String name, String skuCode, Money price, int units, int perUserLimit,
                        Instant startsAt, Instant endsAt, FlashSaleStatus status, int returned, Instant createdAt) {
    /** Prefix of the stock hold's id in kaola-inventory. */
    public static final String HOLD_PREFIX = "SECKILL-";

    /** @return the id of the sale's stock hold in kaola-inventory */
    public String holdId() { return HOLD_PREFIX + id; }

    /** @return what admission needs */
    public FlashSaleWindow window() { return new FlashSaleWindow(id, units, perUserLimit, startsAt, endsAt); }

    /** @return true from the end on, or once ENDED */
    public boolean endedAt(Instant at) { return status == FlashSaleStatus.ENDED || !at.isBefore(endsAt); }

    /**
     * @param at        the moment
     * @param unitsLeft units left in Redis (-1 unknown)
     * @return UPCOMING, ON_SALE, SOLD_OUT or ENDED
     */
    public String phase(Instant at, int unitsLeft) {
        if (endedAt(at)) return "ENDED";
        if (at.isBefore(startsAt)) return "UPCOMING";
        return unitsLeft == 0 ? "SOLD_OUT" : "ON_SALE";
    }
}
