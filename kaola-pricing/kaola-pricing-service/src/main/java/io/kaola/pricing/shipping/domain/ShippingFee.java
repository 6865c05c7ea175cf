package io.kaola.pricing.shipping.domain;

/**
 * The parcel's shipping fee: {@code firstFee + ceil((weight - firstWeight) / additionalWeight) × additionalFee}
 * over the whole parcel weight (a started step counts in full; up to the first weight, the first fee), and 0 when
 * the goods after real reductions reach the free-shipping threshold. Integer fen, no rounding.
 */
public final class ShippingFee {
    private ShippingFee() {}

    /**
     * @param weightGrams        one unit's weight, grams (0: unknown)
     * @param quantity           units
     * @param defaultWeightGrams weight of a unit whose catalogue weight is unknown (setting kaola.pricing.default-weight-grams)
     * @return the line's parcel weight, grams
     */
    public static long lineWeightGrams(int weightGrams, int quantity, int defaultWeightGrams) {
        return Math.multiplyExact((long) (weightGrams > 0 ? weightGrams : defaultWeightGrams), quantity);
    }

    /**
     * @param rule                  the warehouse's rule
     * @param parcelWeightGrams     sum of the lines' weights, grams
     * @param goodsAfterDiscountFen goods minus real reductions, CNY fen
     * @return the fee, CNY fen
     */
    public static long feeFen(ShippingRule rule, long parcelWeightGrams, long goodsAfterDiscountFen) {
        if (isFree(rule, goodsAfterDiscountFen)) return 0;
        long fee = rule.firstFee().minor();
        long over = parcelWeightGrams - rule.firstWeightGrams();
        if (over > 0) {
            long steps = (over + rule.additionalWeightGrams() - 1) / rule.additionalWeightGrams();
            fee = Math.addExact(fee, Math.multiplyExact(steps, rule.additionalFee().minor()));
        }
        return fee;
    }

    /** @return true when the goods after real reductions reach the rule's free-shipping threshold */
    public static boolean isFree(ShippingRule rule, long goodsAfterDiscountFen) {
        return rule.freeShippingThreshold() != null && goodsAfterDiscountFen >= rule.freeShippingThreshold().minor();
    }
}
