package io.kaola.promotion.coupon.domain;

import io.kaola.promotion.api.CouponStatus;

import java.time.Instant;
import java.util.List;

/** Coupons and their templates (tables coupon_template, coupon). */
public interface CouponRepository {

    /** @return the stored template with its id */
    CouponTemplate createTemplate(CouponTemplate template);

    /** @return the template, or null */
    CouponTemplate template(long templateId);

    /** @return claimable templates not exhausted whose fixed validity is not over at {@code at}, newest first */
    List<CouponTemplate> claimableTemplates(Instant at);

    /**
     * Takes one of the template's coupons: {@code issued_count + 1} only while it is below total_count.
     *
     * @return true if one was taken, false if the template is exhausted
     */
    boolean takeFromTemplate(long templateId);

    /** @return how many coupons the user holds from the template, every status */
    int heldFromTemplate(long templateId, long userId);

    /**
     * Stores a coupon in the user's slot {@code seq} of the template (unique (template, user, seq)).
     *
     * @return the coupon's id, or null when the slot is already taken (a concurrent issue won it)
     */
    Long insertIntoSlot(Coupon coupon, int seq, String grantId);

    /** @return the coupon, or null */
    Coupon coupon(long couponId);

    /** @return the coupon a bulk grant issued to the user, or null */
    Coupon issuedByGrant(String grantId, long userId);

    /** @return the coupon the order holds or used, or null */
    Coupon heldBy(String orderNo);

    /** @return the user's coupons, newest first */
    List<Coupon> couponsOf(long userId);

    /** @return the user's UNUSED coupons valid at {@code at}, newest first, at most {@code limit} */
    List<Coupon> usableCouponsOf(long userId, Instant at, int limit);

    /**
     * Moves a coupon only if it is still at {@code from} and (when {@code from} is LOCKED or USED) held by
     * {@code expectedOrderNo}; sets order_no to {@code newOrderNo}.
     *
     * @return true if moved, false if it had changed meanwhile
     */
    boolean move(long couponId, CouponStatus from, String expectedOrderNo, CouponStatus to, String newOrderNo);

    /** Marks UNUSED coupons whose validity ended before {@code at} EXPIRED. @return how many */
    int expireLapsed(Instant at, int limit);
}
