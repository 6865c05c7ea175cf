package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.LineReduction;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionOffer.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes a cart's real price reductions off its lines, in the documented order (docs/promotions.md, "Pricing with
 * promotions"): activity price → full reduction → coupon. Shipping and tax come after, on the reduced amounts, so
 * every reduction here lowers the dutiable value (docs/cross-border.md §2).
 * <ol>
 *   <li><b>Activity price</b> (DISCOUNT): each line takes the one discount in scope that takes most off it (ties: the
 *       earlier activity); unit reduction = unitPrice − round_HALF_UP(unitPrice × (100 − percentOff) / 100), times
 *       the quantity.</li>
 *   <li><b>Full reduction</b> (FULL_REDUCTION, 满减): each line joins the first full reduction in scope (the caller's
 *       priority order); the highest tier whose threshold the joined lines reach after activity prices is taken off
 *       them, capped at what they come to, split by {@link DiscountAllocation#largestRemainder}.</li>
 *   <li><b>Coupon</b> (one per order): on the lines in scope after the two above; refused, with the reason, when no
 *       line is in scope or they do not reach its threshold. AMOUNT_OFF takes min(amountOff, matched); PERCENT_OFF
 *       takes floor(matched × percentOff / 100), at most its cap; split by largest remainder.</li>
 * </ol>
 * A flash-sale price (FLASH_PRICE) is priced alone: each unit of its SKU is reduced to the flash price (never
 * raised), and nothing else applies ({@link #check} refuses it with any other offer).
 * So a line's discount never exceeds its goods and no line goes negative. Stateless and thread-safe.
 */
public final class PromotionPricing {
    private static final String RULE = "docs/promotions.md: activity price → full reduction → coupon; real price "
            + "reductions lower the dutiable value (docs/cross-border.md §2)";

    private PromotionPricing() {}

    /**
     * The reductions of a priced cart.
     *
     * @param discountFen each line's total reduction, CNY fen, 0 <= discount <= goods
     * @param reductions  per line, each promotion's share in the order applied (shares > 0 only)
     * @param coupon      what became of the coupon asked for; null when none was asked
     */
    public record Applied(long[] discountFen, List<List<LineReduction>> reductions, CouponOutcome coupon) {
        /** @return no reductions on n lines */
        static Applied none(int n) {
            List<List<LineReduction>> empty = new ArrayList<>(n);
            for (int i = 0; i < n; i++) empty.add(List.of());
            return new Applied(new long[n], empty, null);
        }
    }

    /**
     * Checks offers before anything is priced.
     *
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_PROMOTION
     */
    public static void check(List<PromotionOffer> activities, PromotionOffer coupon) {
        for (PromotionOffer offer : activities) {
            if (offer == null || offer.kind() == null || offer.kind().coupon()) {
                throw invalid("activities are DISCOUNT, FULL_REDUCTION or FLASH_PRICE offers, got " + describe(offer));
            }
            checkTerms(offer);
            if (offer.kind() == Kind.FLASH_PRICE && (activities.size() > 1 || coupon != null)) {
                throw invalid(describe(offer) + ": a flash-sale price joins no other activity or coupon");
            }
        }
        if (coupon != null) {
            if (coupon.kind() == null || !coupon.kind().coupon()) {
                throw invalid("the coupon must be an AMOUNT_OFF_COUPON or PERCENT_OFF_COUPON, got " + describe(coupon));
            }
            checkTerms(coupon);
        }
    }

    /**
     * @param lines      the cart, in display order (scope attributes spuId / categoryKeys)
     * @param unitFen    each line's CNY unit price, fen
     * @param goodsFen   each line's goods (unit × quantity), fen
     * @param activities running activities in priority order (checked by {@link #check})
     * @param coupon     the coupon asked for, or null
     * @param steps      where to explain each reduction, or null for no explanation
     * @return the reductions; all zero without offers
     */
    public static Applied apply(List<CartLine> lines, long[] unitFen, long[] goodsFen, List<PromotionOffer> activities,
                                PromotionOffer coupon, List<PriceStep> steps) {
        int n = lines.size();
        if (activities.isEmpty() && coupon == null) return Applied.none(n);
        long[] discount = new long[n];
        List<List<LineReduction>> reductions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) reductions.add(new ArrayList<>(2));

        // 0. a flash-sale price is priced alone (check refuses it with anything else)
        if (activities.size() == 1 && activities.get(0).kind() == Kind.FLASH_PRICE) {
            PromotionOffer flash = activities.get(0);
            for (int i = 0; i < n; i++) {
                CartLine line = lines.get(i);
                if (!flash.scope().covers(line.skuCode(), line.spuId(), line.categoryKeys())) continue;
                long off = Math.multiplyExact(Math.max(0, unitFen[i] - flash.amountOff().minor()), line.quantity());
                take(discount, reductions, i, flash, off);
                if (steps != null) steps.add(flashPriceStep(line, flash, unitFen[i], off));
            }
            return frozen(discount, reductions, null);
        }

        // 1. activity price: the best discount in scope per line
        for (int i = 0; i < n; i++) {
            CartLine line = lines.get(i);
            PromotionOffer best = null;
            long bestOff = 0;
            for (PromotionOffer offer : activities) {
                if (offer.kind() != Kind.DISCOUNT || !offer.scope().covers(line.skuCode(), line.spuId(), line.categoryKeys())) continue;
                long off = Math.multiplyExact(unitReduction(unitFen[i], offer.percentOff()), line.quantity());
                if (off > bestOff) { best = offer; bestOff = off; }
            }
            if (best != null) {
                take(discount, reductions, i, best, bestOff);
                if (steps != null) steps.add(activityPrice(line, best, unitFen[i], bestOff));
            }
        }

        // 2. full reduction: each line joins the first in scope; the highest tier reached, split by largest remainder
        boolean[] joined = new boolean[n];
        for (PromotionOffer offer : activities) {
            if (offer.kind() != Kind.FULL_REDUCTION) continue;
            long[] weights = new long[n];
            long matched = 0;
            boolean anyLine = false;
            for (int i = 0; i < n; i++) {
                if (joined[i] || !offer.scope().covers(lines.get(i).skuCode(), lines.get(i).spuId(), lines.get(i).categoryKeys())) continue;
                joined[i] = anyLine = true;
                weights[i] = goodsFen[i] - discount[i];
                matched = Math.addExact(matched, weights[i]);
            }
            if (!anyLine) continue;
            PromotionOffer.Tier tier = highestTierReached(offer, matched);
            long off = tier == null ? 0 : Math.min(tier.amountOff().minor(), matched);
            long[] parts = DiscountAllocation.largestRemainder(off, weights);
            for (int i = 0; i < n; i++) take(discount, reductions, i, offer, parts[i]);
            if (steps != null) steps.add(fullReduction(offer, matched, tier, off));
        }

        // 3. the coupon, on what is left of the lines in scope
        CouponOutcome outcome = null;
        if (coupon != null) {
            long[] weights = new long[n];
            long matched = 0;
            boolean inScope = false;
            for (int i = 0; i < n; i++) {
                if (!coupon.scope().covers(lines.get(i).skuCode(), lines.get(i).spuId(), lines.get(i).categoryKeys())) continue;
                inScope = true;
                weights[i] = goodsFen[i] - discount[i];
                matched = Math.addExact(matched, weights[i]);
            }
            long threshold = coupon.threshold() == null ? 0 : coupon.threshold().minor();
            String refused = null;
            if (!inScope) refused = "no line of the cart is in the coupon's scope";
            else if (matched < threshold) {
                refused = "threshold " + PriceExplanation.yuan(threshold) + " CNY not reached: the lines in scope come to "
                        + PriceExplanation.yuan(matched) + " CNY after activities";
            } else if (matched == 0) refused = "the lines in scope are already free";
            long off = 0;
            if (refused == null) {
                off = coupon.kind() == Kind.AMOUNT_OFF_COUPON
                        ? Math.min(coupon.amountOff().minor(), matched)
                        : Math.min(percentOf(matched, coupon.percentOff()), coupon.cap() == null ? matched : coupon.cap().minor());
                long[] parts = DiscountAllocation.largestRemainder(off, weights);
                for (int i = 0; i < n; i++) take(discount, reductions, i, coupon, parts[i]);
            }
            outcome = new CouponOutcome(coupon.id(), refused == null, Money.cny(off), refused);
            if (steps != null) steps.add(couponStep(coupon, matched, off, refused));
        }
        return frozen(discount, reductions, outcome);
    }

    private static Applied frozen(long[] discount, List<List<LineReduction>> reductions, CouponOutcome outcome) {
        List<List<LineReduction>> frozen = new ArrayList<>(reductions.size());
        for (List<LineReduction> r : reductions) frozen.add(List.copyOf(r));
        return new Applied(discount, frozen, outcome);
    }

    /** @return unitFen − round_HALF_UP(unitFen × (100 − percentOff) / 100), fen */
    static long unitReduction(long unitFen, int percentOff) {
        long keep = Math.addExact(Math.multiplyExact(unitFen, 100 - percentOff), 50) / 100;   // HALF_UP, non-negative
        return unitFen - keep;
    }

    /** @return floor(amountFen × percent / 100), fen: a percentage coupon never rounds in the shopper's favour past it */
    static long percentOf(long amountFen, int percent) {
        return Math.multiplyExact(amountFen, percent) / 100;
    }

    private static PromotionOffer.Tier highestTierReached(PromotionOffer offer, long matched) {
        PromotionOffer.Tier best = null;
        for (PromotionOffer.Tier tier : offer.tiers()) {
            if (tier.threshold().minor() <= matched && (best == null || tier.threshold().minor() > best.threshold().minor())) {
                best = tier;
            }
        }
        return best;
    }

    private static void take(long[] discount, List<List<LineReduction>> reductions, int i, PromotionOffer offer, long fen) {
        if (fen <= 0) return;
        discount[i] = Math.addExact(discount[i], fen);
        reductions.get(i).add(new LineReduction(offer.id(), offer.kind(), Money.cny(fen)));
    }

    private static void checkTerms(PromotionOffer offer) {
        if (offer.id() == null || offer.id().isBlank()) throw invalid("every promotion needs an id");
        switch (offer.kind()) {
            case DISCOUNT, PERCENT_OFF_COUPON -> {
                if (offer.percentOff() < 1 || offer.percentOff() > 99) {
                    throw invalid(describe(offer) + ": percentOff must be 1–99, was " + offer.percentOff());
                }
                if (offer.cap() != null) nonNegativeCny(offer, "cap", offer.cap());
            }
            case AMOUNT_OFF_COUPON -> {
                if (offer.amountOff() == null || offer.amountOff().minor() <= 0) {
                    throw invalid(describe(offer) + ": amountOff must be a positive CNY amount");
                }
                nonNegativeCny(offer, "amountOff", offer.amountOff());
            }
            case FLASH_PRICE -> {
                if (offer.amountOff() == null || offer.amountOff().minor() <= 0) {
                    throw invalid(describe(offer) + ": the flash price (amountOff) must be a positive CNY amount");
                }
                nonNegativeCny(offer, "flash price", offer.amountOff());
                if (offer.scope().skuCodes().size() != 1 || !offer.scope().spuIds().isEmpty()
                        || !offer.scope().categoryKeys().isEmpty()) {
                    throw invalid(describe(offer) + ": a flash-sale price applies to exactly one SKU");
                }
            }
            case FULL_REDUCTION -> {
                if (offer.tiers().isEmpty()) throw invalid(describe(offer) + ": a full reduction needs at least one tier");
                for (PromotionOffer.Tier tier : offer.tiers()) {
                    if (tier == null || tier.threshold() == null || tier.amountOff() == null
                            || tier.threshold().minor() <= 0 || tier.amountOff().minor() <= 0) {
                        throw invalid(describe(offer) + ": every tier needs a positive threshold and amountOff");
                    }
                    nonNegativeCny(offer, "tier", tier.threshold());
                    nonNegativeCny(offer, "tier", tier.amountOff());
                }
            }
        }
        if (offer.threshold() != null) nonNegativeCny(offer, "threshold", offer.threshold());
    }

    private static void nonNegativeCny(PromotionOffer offer, String field, Money amount) {
        if (!"CNY".equals(amount.currency()) || amount.minor() < 0) {
            throw invalid(describe(offer) + ": " + field + " must be a non-negative CNY amount, was " + amount);
        }
    }

    private static String describe(PromotionOffer offer) {
        return offer == null ? "null" : offer.kind() + " " + offer.id();
    }

    private static io.kaola.common.error.KaolaException invalid(String message) {
        return PricingError.INVALID_PROMOTION.exception(message);
    }

    private static PriceStep activityPrice(CartLine line, PromotionOffer offer, long unitFen, long offFen) {
        Map<String, String> in = PriceExplanation.inputs();
        in.put("activity", offer.id() + " " + offer.name());
        in.put("unitPrice", PriceExplanation.yuan(unitFen));
        in.put("percentOff", String.valueOf(offer.percentOff()));
        in.put("quantity", String.valueOf(line.quantity()));
        return new PriceStep("activity-price", line.skuCode(),
                "(unitPrice − round_HALF_UP(unitPrice × (100 − percentOff) / 100, 0.01)) × quantity", in, RULE,
                Money.cny(offFen));
    }

    private static PriceStep flashPriceStep(CartLine line, PromotionOffer offer, long unitFen, long offFen) {
        Map<String, String> in = PriceExplanation.inputs();
        in.put("flashSale", offer.id() + " " + offer.name());
        in.put("unitPrice", PriceExplanation.yuan(unitFen));
        in.put("flashPrice", PriceExplanation.yuan(offer.amountOff().minor()));
        in.put("quantity", String.valueOf(line.quantity()));
        return new PriceStep("flash-price", line.skuCode(), "max(0, unitPrice − flashPrice) × quantity", in, RULE,
                Money.cny(offFen));
    }

    private static PriceStep fullReduction(PromotionOffer offer, long matchedFen, PromotionOffer.Tier tier, long offFen) {
        Map<String, String> in = PriceExplanation.inputs();
        in.put("activity", offer.id() + " " + offer.name());
        in.put("linesInScopeAfterActivityPrice", PriceExplanation.yuan(matchedFen));
        in.put("tierReached", tier == null ? "none" : PriceExplanation.yuan(tier.threshold().minor()) + " → −"
                + PriceExplanation.yuan(tier.amountOff().minor()));
        return new PriceStep("full-reduction", null,
                "min(amountOff of the highest tier reached, lines in scope), split by largest remainder", in, RULE,
                Money.cny(offFen));
    }

    private static PriceStep couponStep(PromotionOffer coupon, long matchedFen, long offFen, String refused) {
        Map<String, String> in = PriceExplanation.inputs();
        in.put("coupon", coupon.id() + " " + coupon.name());
        in.put("linesInScopeAfterActivities", PriceExplanation.yuan(matchedFen));
        in.put("threshold", coupon.threshold() == null ? "none" : PriceExplanation.yuan(coupon.threshold().minor()));
        if (coupon.kind() == Kind.AMOUNT_OFF_COUPON) in.put("amountOff", PriceExplanation.yuan(coupon.amountOff().minor()));
        else {
            in.put("percentOff", String.valueOf(coupon.percentOff()));
            in.put("cap", coupon.cap() == null ? "none" : PriceExplanation.yuan(coupon.cap().minor()));
        }
        in.put("outcome", refused == null ? "applied" : "refused: " + refused);
        String formula = coupon.kind() == Kind.AMOUNT_OFF_COUPON ? "min(amountOff, lines in scope)"
                : "min(floor(lines in scope × percentOff / 100, 0.01), cap)";
        return new PriceStep("coupon", null, formula + ", split by largest remainder", in, RULE, Money.cny(offFen));
    }
}
