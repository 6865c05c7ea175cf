package io.kaola.promotion.api;

import io.kaola.pricing.api.PromotionOffer;

import java.io.Serializable;

/**
 * Whether a shopper's coupon may be used now, and on what terms.
 *
 * @param couponId the coupon asked about
 * @param offer    its terms for kaola-pricing when usable; null when refused
 * @param refusal  why it may not be used (not the shopper's, LOCKED by another order, USED, EXPIRED, not yet
 *                 valid); null when usable
 */
public record CouponCheck(long couponId, PromotionOffer offer, String refusal) implements Serializable {
    /** @return true when the coupon may be used */
    public boolean usable() { return offer != null; }
}
