package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * Shipping fee of one bonded warehouse: first weight, then each additional weight step; free at or above
 * the threshold (goods after real reductions).
 *
 * @param warehouseCode          bonded warehouse
 * @param firstWeightGrams       weight covered by the first fee, grams
 * @param firstFee               CNY fen
 * @param additionalWeightGrams  each further step, grams (a started step counts in full)
 * @param additionalFee          CNY fen per further step
 * @param freeShippingThreshold  goods value at or above which shipping is free, CNY fen (null: never free)
 */
public record ShippingRuleView(String warehouseCode, int firstWeightGrams, Money firstFee, int additionalWeightGrams,
                               Money additionalFee, Money freeShippingThreshold) implements Serializable {}
