package io.kaola.promotion.coupon.domain;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.CouponStatus;

import java.time.Instant;

/**
 * One coupon a user holds, with the terms its template had when it was issued.
 *
 * @param id         coupon id
 * @param templateId its template
 * @param userId     its holder
 * @param terms      what it takes off
 * @param status     as stored (an UNUSED coupon past validTo is shown EXPIRED: {@link #statusAt})
 * @param validFrom  usable from (inclusive)
 * @param validTo    usable until (exclusive)
 * @param orderNo    the order holding (LOCKED) or having used (USED) it; null otherwise
 * @param issuedAt   when it was claimed or granted
 */
public record Coupon(long id, long templateId, long userId, CouponTerms terms, CouponStatus status,
                     Instant validFrom, Instant validTo, String orderNo, Instant issuedAt) {

    /** @return true when its validity is over at {@code at} */
    public boolean lapsedAt(Instant at) { return !at.isBefore(validTo); }

    /** @return the status a shopper sees at {@code at}: an UNUSED coupon whose validity ended is EXPIRED */
    public CouponStatus statusAt(Instant at) {
        return status == CouponStatus.UNUSED && lapsedAt(at) ? CouponStatus.EXPIRED : status;
    }

    /**
     * @return why the coupon may not be used at {@code at} ("coupon 12 expired at …"), or null when it may
     */
    public String refusalAt(Instant at) {
        return switch (statusAt(at)) {
            case LOCKED -> "coupon " + id + " is locked by another order";
            case USED -> "coupon " + id + " has been used";
            case EXPIRED -> "coupon " + id + " expired at " + validTo;
            case UNUSED -> at.isBefore(validFrom) ? "coupon " + id + " is valid from " + validFrom : null;
        };
    }

    /** @return its terms as an offer for kaola-pricing, named by the coupon id */
    public PromotionOffer offer() { return terms.offer(String.valueOf(id)); }
}
