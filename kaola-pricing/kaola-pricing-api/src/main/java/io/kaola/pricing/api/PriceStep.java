package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.Map;

/**
 * One step of a price computation, so that a shopper or ops can see why a price is what it is.
 *
 * @param step       what was computed, e.g. "fx-conversion", "freight-allocation", "consumption-tax"
 * @param skuCode    the line, or null for an order-level step
 * @param formula    the formula applied, e.g. "P/(1-c)*c*0.7"
 * @param inputs     named inputs as text (amounts in CNY major units, rates as decimals)
 * @param ruleSource the regulation or setting behind it, e.g. "财关税〔2018〕49号"
 * @param result     the amount it produced (CNY fen), null for a verdict step
 */
public record PriceStep(String step, String skuCode, String formula, Map<String, String> inputs, String ruleSource,
                        Money result) implements Serializable {}
