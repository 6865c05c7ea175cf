package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;

/**
 * One SKU of a cart to price.
 *
 * @param skuCode           SKU code
 * @param quantity          units, >= 1
 * @param supplierUnitPrice list price of one unit in the supplier's currency, minor units, > 0
 */
public record CartLine(String skuCode, int quantity, Money supplierUnitPrice) {}
