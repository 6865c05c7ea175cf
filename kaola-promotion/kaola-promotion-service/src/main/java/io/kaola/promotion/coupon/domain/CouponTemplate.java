package io.kaola.promotion.coupon.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A coupon template as stored (fields as in {@code CreateCouponTemplateRequest}).
 *
 * @param id           template id (0 before it is stored)
 * @param terms        what each coupon takes off
 * @param totalCount   coupons that may ever be issued
 * @param issuedCount  coupons issued so far
 * @param perUserLimit coupons one user may hold from it
 * @param validFrom    coupons are usable from (null: from issue)
 * @param validTo      fixed end of validity (null with validDays)
 * @param validDays    days of validity after issue (null with validTo)
 * @param claimable    true: shoppers claim it; false: ops grant it
 * @param createdAt    when ops created it
 */
public record CouponTemplate(long id, CouponTerms terms, int totalCount, int issuedCount, int perUserLimit,
                             Instant validFrom, Instant validTo, Integer validDays, boolean claimable,
                             Instant createdAt) {

    /** A coupon's window of use: [from, to). */
    public record Validity(Instant from, Instant to) {
        /** @return true when the window is over at {@code at} */
        public boolean lapsedAt(Instant at) { return !at.isBefore(to); }
    }

    /**
     * @param issuedAt when the coupon is claimed or granted
     * @return its validity: from the template's validFrom (or issue, if later), to the fixed end or validDays after issue
     */
    public Validity validityFor(Instant issuedAt) {
        Instant from = validFrom == null || validFrom.isBefore(issuedAt) ? issuedAt : validFrom;
        Instant to = validTo != null ? validTo : issuedAt.plus(Duration.ofDays(validDays));
        return new Validity(from, to);
    }

    /** @return true while a coupon issued at {@code at} would still have some validity left */
    public boolean issuableAt(Instant at) {
        return validTo == null || at.isBefore(validTo);
    }

    /** @return true when every coupon has been issued */
    public boolean exhausted() { return issuedCount >= totalCount; }
}
