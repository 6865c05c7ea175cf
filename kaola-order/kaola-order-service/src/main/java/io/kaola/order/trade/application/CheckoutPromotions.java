package io.kaola.order.trade.application;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.CouponCheck;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * The promotions a cart is priced with at checkout, in the price trial and in the cart: the activities running now
 * and the buyer's coupon when kaola-promotion says it may be used (docs/promotions.md). kaola-promotion decides
 * whether the coupon may be used; kaola-pricing whether it applies to the cart.
 */
@Service
public class CheckoutPromotions {
    private final PromotionClient promotions;

    public CheckoutPromotions(PromotionClient promotions) { this.promotions = promotions; }

    /**
     * @param activities running activities, priority order
     * @param coupon     the coupon's terms; null when none was asked or it may not be used
     * @param refused    why kaola-promotion refused the coupon asked for (discount 0); null otherwise
     */
    public record Resolved(List<PromotionOffer> activities, PromotionOffer coupon, CouponOutcome refused) {}

    /**
     * @param buyerId  the buyer
     * @param couponId the coupon asked for, null for none
     * @param at       the moment of pricing
     * @return the activities and the coupon or its refusal
     */
    public Resolved resolve(long buyerId, Long couponId, Instant at) {
        List<PromotionOffer> activities = promotions.runningActivities(at);
        if (couponId == null) return new Resolved(activities, null, null);
        CouponCheck check = promotions.checkCoupon(buyerId, couponId, at);
        if (check.usable()) return new Resolved(activities, check.offer(), null);
        return new Resolved(activities, null,
                new CouponOutcome(String.valueOf(couponId), false, Money.cny(0), check.refusal()));
    }
}
