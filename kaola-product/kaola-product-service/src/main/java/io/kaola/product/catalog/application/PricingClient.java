package io.kaola.product.catalog.application;

import io.kaola.common.money.Money;
import io.kaola.product.catalog.domain.UnitQuotes;

import java.util.Map;

/** CNY prices for the product detail, from kaola-pricing. */
public interface PricingClient {

    /**
     * Quotes one unit of each SKU at today's rate, one call per supplier currency so that a
     * currency without a rate does not take the others' prices with it. Never throws.
     *
     * @param supplierPrices SKU code to its list price
     * @return the quoted lines by SKU code; SKUs whose currency could not be quoted are absent
     */
    UnitQuotes quoteOneEach(Map<String, Money> supplierPrices);
}
