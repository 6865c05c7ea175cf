package io.kaola.promotion.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param name         shown to shoppers, 1..64 characters; null: "Flash sale"
 * @param skuCode      the SKU on sale
 * @param price        flash unit price, CNY, > 0 (below the SKU's price: pricing never raises a price)
 * @param units        units set aside, 1..100,000
 * @param perUserLimit units one shopper may take, 1..10
 * @param startsAt     start, before endsAt
 * @param endsAt       end (exclusive), in the future, at most 7 days after the start
 */
public record CreateFlashSaleRequest(String name, String skuCode, Money price, int units, int perUserLimit,
                                     Instant startsAt, Instant endsAt) implements Serializable {}
