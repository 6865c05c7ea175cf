package io.kaola.promotion.api;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionScope;

import java.io.Serializable;
import java.time.Instant;

/**
 * One coupon a shopper holds, with its template's terms copied at issue (a later template edit does not change it).
 *
 * @param id         coupon id (what checkout and the price trial take as couponId)
 * @param templateId the template it was issued from
 * @param userId     its holder
 * @param name       the template's name
 * @param kind       AMOUNT_OFF or PERCENT_OFF
 * @param amountOff  AMOUNT_OFF: CNY fen; null otherwise
 * @param percentOff PERCENT_OFF: 1–99; 0 otherwise
 * @param cap        PERCENT_OFF: CNY fen (null: none)
 * @param threshold  CNY fen (null: none)
 * @param scope      what it applies to
 * @param status     UNUSED, LOCKED, USED or EXPIRED
 * @param validFrom  usable from
 * @param validTo    usable until (exclusive)
 * @param orderNo    the order holding (LOCKED) or having used (USED) it; null otherwise
 * @param issuedAt   when it was claimed or granted
 */
public record CouponView(long id, long templateId, long userId, String name, CouponKind kind, Money amountOff,
                         int percentOff, Money cap, Money threshold, PromotionScope scope, CouponStatus status,
                         Instant validFrom, Instant validTo, String orderNo, Instant issuedAt) implements Serializable {}
