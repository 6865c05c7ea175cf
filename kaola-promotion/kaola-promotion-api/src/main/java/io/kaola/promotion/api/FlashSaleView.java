package io.kaola.promotion.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param id           sale id
 * @param name         shown to shoppers
 * @param skuCode      the SKU on sale
 * @param price        flash unit price, CNY
 * @param units        units set aside at creation
 * @param perUserLimit units one shopper may take
 * @param startsAt     start
 * @param endsAt       end (exclusive)
 * @param status       HELD (units set aside; the window says whether it is on) or ENDED (unsold units returned)
 * @param phase        UPCOMING, ON_SALE, SOLD_OUT or ENDED at the moment of reading
 * @param unitsLeft    units not yet admitted (Redis), -1 when not known
 * @param returned     units given back to stock at the end, 0 before
 */
public record FlashSaleView(long id, String name, String skuCode, Money price, int units, int perUserLimit,
                            Instant startsAt, Instant endsAt, String status, String phase, int unitsLeft, int returned)
        implements Serializable {}
