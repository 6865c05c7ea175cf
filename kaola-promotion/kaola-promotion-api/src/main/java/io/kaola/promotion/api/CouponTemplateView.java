package io.kaola.promotion.api;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionScope;

import java.io.Serializable;
import java.time.Instant;

/**
 * A coupon template, as ops and shoppers see it (fields as in {@link CreateCouponTemplateRequest}).
 *
 * @param id          template id
 * @param issuedCount coupons issued so far (claimed and granted), <= totalCount
 * @param createdAt   when ops created it
 */
public record CouponTemplateView(long id, String name, CouponKind kind, Money amountOff, int percentOff, Money cap,
                                 Money threshold, int totalCount, int issuedCount, int perUserLimit, Instant validFrom,
                                 Instant validTo, Integer validDays, PromotionScope scope, boolean claimable,
                                 Instant createdAt) implements Serializable {}
