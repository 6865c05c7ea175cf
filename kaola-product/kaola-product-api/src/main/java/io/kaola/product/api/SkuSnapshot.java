package io.kaola.product.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.Map;

/**
 * What an order needs to know of a SKU at checkout.
 *
 * @param skuCode       SKU code
 * @param spuId         its product
 * @param productName   product names by locale
 * @param supplierPrice list price in the supplier's currency (minor units)
 * @param weightGrams   parcel weight per unit in grams (a configured default when the catalogue has none)
 * @param onSale        true when the product is published and the SKU has a price
 */
public record SkuSnapshot(String skuCode, long spuId, Map<String, String> productName, Money supplierPrice,
                          int weightGrams, boolean onSale) implements Serializable {}
