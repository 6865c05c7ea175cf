package io.kaola.promotion.coupon.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.CouponKind;

/**
 * What a coupon takes off, as its template defines it and each coupon copies at issue. Amounts are CNY fen.
 *
 * @param name       shown to the shopper
 * @param kind       AMOUNT_OFF or PERCENT_OFF
 * @param amountOff  AMOUNT_OFF: fen, > 0; null otherwise
 * @param percentOff PERCENT_OFF: 1–99; 0 otherwise
 * @param cap        PERCENT_OFF: the most it takes off, fen (null: none)
 * @param threshold  the least the lines in scope must come to after activities, fen (null: none)
 * @param scope      what it applies to (ALL, SPUs, categories)
 */
public record CouponTerms(String name, CouponKind kind, Long amountOff, int percentOff, Long cap, Long threshold,
                          PromotionScope scope) {
    public CouponTerms {
        if (scope == null) scope = PromotionScope.ALL;
    }

    /**
     * @param offerId the id the price engine names the coupon by (the coupon id, as text)
     * @return these terms as an offer for kaola-pricing
     */
    public PromotionOffer offer(String offerId) {
        Money limit = threshold == null ? null : Money.cny(threshold);
        return kind == CouponKind.AMOUNT_OFF
                ? PromotionOffer.amountOffCoupon(offerId, name, Money.cny(amountOff), limit, scope)
                : PromotionOffer.percentOffCoupon(offerId, name, percentOff, cap == null ? null : Money.cny(cap), limit, scope);
    }
}
