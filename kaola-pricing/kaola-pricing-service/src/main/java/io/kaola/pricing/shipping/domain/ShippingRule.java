package io.kaola.pricing.shipping.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;

/**
 * Shipping fee of one bonded warehouse, set by ops.
 *
 * @param warehouseCode         e.g. "BONDED-NINGBO"
 * @param firstWeightGrams      weight covered by the first fee, >= 1
 * @param firstFee              CNY, >= 0
 * @param additionalWeightGrams each further step, >= 1; a started step counts in full
 * @param additionalFee         CNY per further step, >= 0
 * @param freeShippingThreshold goods after real reductions at or above which shipping is free, CNY >= 0; null: never free
 */
public record ShippingRule(String warehouseCode, int firstWeightGrams, Money firstFee, int additionalWeightGrams,
                           Money additionalFee, Money freeShippingThreshold) {
    public static final int MAX_WAREHOUSE_CODE_LENGTH = 32;

    /**
     * Checks a rule set by ops before it is stored.
     *
     * @return the rule
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_SHIPPING_RULE naming what is wrong
     */
    public static ShippingRule checkNew(String warehouseCode, int firstWeightGrams, Money firstFee,
                                        int additionalWeightGrams, Money additionalFee, Money freeShippingThreshold) {
        if (warehouseCode == null || !warehouseCode.matches("[A-Z0-9][A-Z0-9_-]{0," + (MAX_WAREHOUSE_CODE_LENGTH - 1) + "}")) {
            throw invalid("warehouseCode must be upper-case letters, digits, '-' and '_' (at most "
                    + MAX_WAREHOUSE_CODE_LENGTH + "), was " + warehouseCode);
        }
        if (firstWeightGrams < 1) throw invalid(warehouseCode + ": firstWeightGrams must be >= 1, was " + firstWeightGrams);
        if (additionalWeightGrams < 1) {
            throw invalid(warehouseCode + ": additionalWeightGrams must be >= 1, was " + additionalWeightGrams);
        }
        fee(warehouseCode, "firstFee", firstFee);
        fee(warehouseCode, "additionalFee", additionalFee);
        if (freeShippingThreshold != null) fee(warehouseCode, "freeShippingThreshold", freeShippingThreshold);
        return new ShippingRule(warehouseCode, firstWeightGrams, firstFee, additionalWeightGrams, additionalFee,
                freeShippingThreshold);
    }

    /** @return a rule charging nothing, for a warehouse without any rule (not even the default one) */
    public static ShippingRule free(String warehouseCode) {
        return new ShippingRule(warehouseCode, 1, Money.cny(0), 1, Money.cny(0), null);
    }

    private static void fee(String warehouseCode, String field, Money value) {
        if (value == null || !Money.CNY.equals(value.currency()) || value.minor() < 0) {
            throw invalid(warehouseCode + ": " + field + " must be a CNY amount >= 0, was " + value);
        }
    }

    private static io.kaola.common.error.KaolaException invalid(String detail) {
        return PricingError.INVALID_SHIPPING_RULE.exception(detail);
    }
}
