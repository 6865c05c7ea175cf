package io.kaola.promotion.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;
import io.kaola.pricing.api.PromotionOffer;

import java.time.Instant;
import java.util.List;

/**
 * A shopper's coupons during checkout, for kaola-order: check, lock with the order, use on payment, release on
 * cancel / unpaid timeout / customs rejection, restore when a paid order is cancelled, rejected or refunded. Every
 * move is a guarded update on the status it leaves (docs/promotions.md).
 */
@CallableBy("kaola-order")
public interface CouponService {
    /** @return whether the coupon may be used at {@code at}, with its terms as a PromotionOffer (id = coupon id) */
    CouponCheck check(long userId, long couponId, Instant at) throws KaolaException;

    /** @return the shopper's coupons usable at {@code at}, as offers, newest first (for the best coupon of a cart) */
    List<PromotionOffer> usableOffers(long userId, Instant at) throws KaolaException;

    /**
     * UNUSED → LOCKED by this order. Locking again for the same order is a no-op; one coupon is never locked by two
     * orders.
     *
     * @throws io.kaola.common.error.KaolaException PROMOTION_COUPON_NOT_FOUND, PROMOTION_COUPON_NOT_USABLE
     */
    void lock(long userId, long couponId, String orderNo, Instant at) throws KaolaException;

    /**
     * LOCKED by this order → UNUSED, or EXPIRED when its validity ended meanwhile. No coupon locked by the order: a
     * no-op (so every exit path may call it, more than once).
     */
    void release(String orderNo, Instant at) throws KaolaException;

    /** LOCKED by this order → USED (on payment). No coupon locked by the order, or already USED by it: a no-op. */
    void use(String orderNo, Instant at) throws KaolaException;

    /**
     * USED by this order → UNUSED, or EXPIRED when its validity has ended by {@code at} (a cancelled paid order, a
     * customs rejection, a refund). No coupon used by the order: a no-op (callers may repeat it). A coupon still
     * LOCKED by the order (its use never arrived) is released as {@link #release} would.
     *
     * @param orderNo the order, 1..64 characters
     * @param at      when the order was cancelled (decides UNUSED or EXPIRED); null = now
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (blank orderNo)
     */
    void restore(String orderNo, Instant at) throws KaolaException;
}
