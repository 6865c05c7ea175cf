package io.kaola.product.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.Map;

/**
 * A product in a listing.
 *
 * @param spuId        product id
 * @param key          catalogue key
 * @param name         localized names
 * @param imageUrl     first image of the master variant, may be null
 * @param supplierPrice master variant's list price in the supplier currency
 */
public record ProductSummary(long spuId, String key, Map<String, String> name, String imageUrl, Money supplierPrice)
        implements Serializable {}
