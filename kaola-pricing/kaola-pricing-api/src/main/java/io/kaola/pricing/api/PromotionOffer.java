package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.List;

/**
 * A promotion a cart is priced with, as its owner (kaola-promotion) defines it and the caller (kaola-order) hands
 * it over: kaola-pricing checks its terms against the cart and applies it, and never decides whether a shopper may
 * use it (claimed, unexpired, locked: kaola-promotion's rules). The order and the combination rules are in
 * docs/promotions.md ("Pricing with promotions").
 *
 * @param id          the activity id or the shopper's coupon id, as text (named in steps and line reductions)
 * @param kind        what it does
 * @param name        shown in the explanation
 * @param scope       the lines it applies to
 * @param percentOff  DISCOUNT and PERCENT_OFF_COUPON: percent taken off, 1–99; 0 otherwise
 * @param amountOff   AMOUNT_OFF_COUPON: CNY fen taken off (capped at what it applies to); FLASH_PRICE: the flash
 *                    unit price, CNY fen; null otherwise
 * @param cap         PERCENT_OFF_COUPON: the most it takes off, CNY fen (null: no cap); null otherwise
 * @param threshold   coupons: the least the lines in scope must come to, after activities, CNY fen (null: none)
 * @param tiers       FULL_REDUCTION (满减): amount off per threshold reached, any order; empty otherwise
 */
public record PromotionOffer(String id, Kind kind, String name, PromotionScope scope, int percentOff, Money amountOff,
                             Money cap, Money threshold, List<Tier> tiers) implements Serializable {
    public PromotionOffer {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (scope == null) scope = PromotionScope.ALL;
    }

    /** What an offer does; DISCOUNT and FULL_REDUCTION are activities, the rest are coupons. */
    public enum Kind {
        /** Activity price: percentOff off each unit of the SKUs in scope (限时折扣). */
        DISCOUNT,
        /** Full reduction (满减): the highest tier reached by the lines in scope, split over them. */
        FULL_REDUCTION,
        /** A coupon taking a fixed amount off the lines in scope, above its threshold. */
        AMOUNT_OFF_COUPON,
        /** A coupon taking a percentage off the lines in scope, up to its cap, above its threshold. */
        PERCENT_OFF_COUPON,
        /**
         * Flash sale (秒杀): the one SKU in scope sells at the flash unit price ({@code amountOff}); a flash-sale order
         * is priced with this offer alone (no other activity, no coupon).
         */
        FLASH_PRICE;

        /** @return true for coupons (one per order), false for activities */
        public boolean coupon() { return this == AMOUNT_OFF_COUPON || this == PERCENT_OFF_COUPON; }
    }

    /**
     * @param threshold the least the lines in scope must come to, CNY fen, > 0
     * @param amountOff taken off when reached, CNY fen, > 0
     */
    public record Tier(Money threshold, Money amountOff) implements Serializable {}

    /** @return an activity price of percentOff (1–99) off each unit in scope */
    public static PromotionOffer discount(String id, String name, int percentOff, PromotionScope scope) {
        return new PromotionOffer(id, Kind.DISCOUNT, name, scope, percentOff, null, null, null, List.of());
    }

    /** @return a full reduction with the given tiers over the lines in scope */
    public static PromotionOffer fullReduction(String id, String name, List<Tier> tiers, PromotionScope scope) {
        return new PromotionOffer(id, Kind.FULL_REDUCTION, name, scope, 0, null, null, null, tiers);
    }

    /** @return a coupon taking amountOff off the lines in scope once they reach threshold (null: any amount) */
    public static PromotionOffer amountOffCoupon(String id, String name, Money amountOff, Money threshold,
                                                 PromotionScope scope) {
        return new PromotionOffer(id, Kind.AMOUNT_OFF_COUPON, name, scope, 0, amountOff, null, threshold, List.of());
    }

    /**
     * @param skuCode the flash sale's SKU
     * @param price   its flash unit price, CNY fen, > 0
     * @return a flash-sale price for that SKU (priced alone: no other activity or coupon)
     */
    public static PromotionOffer flashPrice(String id, String name, String skuCode, Money price) {
        return new PromotionOffer(id, Kind.FLASH_PRICE, name, PromotionScope.skus(java.util.Set.of(skuCode)), 0, price,
                null, null, List.of());
    }

    /** @return a coupon taking percentOff (1–99) off the lines in scope, at most cap (null: no cap) */
    public static PromotionOffer percentOffCoupon(String id, String name, int percentOff, Money cap, Money threshold,
                                                  PromotionScope scope) {
        return new PromotionOffer(id, Kind.PERCENT_OFF_COUPON, name, scope, percentOff, null, cap, threshold, List.of());
    }
}
