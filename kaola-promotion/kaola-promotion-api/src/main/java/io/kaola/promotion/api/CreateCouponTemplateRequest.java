package io.kaola.promotion.api;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionScope;

import java.io.Serializable;
import java.time.Instant;

/**
 * An ops request for a coupon template. Amounts are CNY minor units (fen).
 *
 * @param name         shown to shoppers, 1–64 characters
 * @param kind         AMOUNT_OFF or PERCENT_OFF
 * @param amountOff    AMOUNT_OFF: > 0; null for PERCENT_OFF
 * @param percentOff   PERCENT_OFF: 1–99; 0 for AMOUNT_OFF
 * @param cap          PERCENT_OFF: the most it takes off, > 0 (null: no cap); null for AMOUNT_OFF
 * @param threshold    the least the lines in scope must come to (null: none)
 * @param totalCount   coupons that may ever be issued, >= 1
 * @param perUserLimit coupons one shopper may hold from it (claimed or granted), >= 1
 * @param validFrom    when coupons become usable (null: at once)
 * @param validTo      fixed validity end; exactly one of validTo and validDays
 * @param validDays    validity of each coupon, days after it is claimed or granted (1–365); null with validTo
 * @param scope        what it applies to (null: everything); SKU scopes are for activities, not coupons
 * @param claimable    true: shoppers claim it; false: ops issue it to users (grants) only
 */
public record CreateCouponTemplateRequest(String name, CouponKind kind, Money amountOff, int percentOff, Money cap,
                                          Money threshold, int totalCount, int perUserLimit, Instant validFrom,
                                          Instant validTo, Integer validDays, PromotionScope scope,
                                          boolean claimable) implements Serializable {}
