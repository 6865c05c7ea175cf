package io.kaola.order.trade.application;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.CouponCheck;

import java.time.Instant;
import java.util.List;

/**
 * kaola-promotion for checkout (port; DubboPromotionClient in trade/infrastructure): the activities running now, the
 * buyer's coupon, and the coupon's lock, use and release. lock is idempotent on orderNo; release and use are no-ops
 * for an order without a coupon, so every exit path may call them.
 */
public interface PromotionClient {
    /** @return the activities running at {@code at}, as offers, in priority order */
    List<PromotionOffer> runningActivities(Instant at);

    /** @return whether the buyer's coupon may be used at {@code at}, with its terms */
    CouponCheck checkCoupon(long buyerId, long couponId, Instant at);

    /** @return the buyer's coupons usable at {@code at}, as offers */
    List<PromotionOffer> usableCoupons(long buyerId, Instant at);

    /**
     * UNUSED → LOCKED by the order.
     *
     * @throws io.kaola.common.error.KaolaException PROMOTION_COUPON_NOT_USABLE, PROMOTION_COUPON_NOT_FOUND; nothing
     *         locked
     */
    void lockCoupon(long buyerId, long couponId, String orderNo, Instant at);

    /** The order's coupon back to UNUSED (EXPIRED if it lapsed); a no-op without one. */
    void releaseCoupon(String orderNo, Instant at);

    /** The order's coupon LOCKED → USED (on payment); a no-op without one. */
    void useCoupon(String orderNo, Instant at);

    /** The coupon the order USED back to UNUSED (EXPIRED if it lapsed): its payment was refunded; a no-op without one. */
    void restoreCoupon(String orderNo, Instant at);
}
