package io.kaola.product.api;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.FxRateView;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The product-detail read model, served from cache.
 *
 * @param spuId       product id
 * @param key         catalogue key
 * @param name        localized names
 * @param description localized descriptions
 * @param categoryKeys categories the product is in
 * @param skus        every variant; the master variant first
 * @param taxCategoryCode cross-border tax category, e.g. "GENERAL"
 * @param importable  true when on the cross-border positive list (orderable)
 * @param priceStale  true when kaola-pricing was slow or failing (its circuit breaker open) and the CNY prices are
 *                    the last ones it gave for this product, from the product service's cache, not today's
 */
public record ProductDetail(long spuId, String key, Map<String, String> name, Map<String, String> description,
                            List<String> categoryKeys, List<SkuView> skus, String taxCategoryCode, boolean importable,
                            boolean priceStale)
        implements Serializable {
    /** A detail priced now ({@code priceStale} false). */
    public ProductDetail(long spuId, String key, Map<String, String> name, Map<String, String> description,
                         List<String> categoryKeys, List<SkuView> skus, String taxCategoryCode, boolean importable) {
        this(spuId, key, name, description, categoryKeys, skus, taxCategoryCode, importable, false);
    }

    /** @return this detail marked as priced earlier (the fallback while kaola-pricing is degraded) */
    public ProductDetail asPriceStale() {
        return new ProductDetail(spuId, key, name, description, categoryKeys, skus, taxCategoryCode, importable, true);
    }

    /** A detail without cross-border data (GENERAL, importable). */
    public ProductDetail(long spuId, String key, Map<String, String> name, Map<String, String> description,
                         List<String> categoryKeys, List<SkuView> skus) {
        this(spuId, key, name, description, categoryKeys, skus, "GENERAL", true);
    }

    /**
     * @param skuCode       SKU code (the catalogue's sku), the id other services use
     * @param attributes    attribute name to value (localized values as JSON text)
     * @param images        image URLs
     * @param supplierPrice list price in the supplier's currency, null when the SKU has no price
     * @param price         price in CNY fen at today's rate, null when no price or no rate
     * @param fxRate        the rate used, null with price
     * @param inStock       true when at least one unit is available in the default bonded warehouse
     */
    public record SkuView(String skuCode, Map<String, String> attributes, List<String> images, Money supplierPrice,
                          Money price, FxRateView fxRate, boolean inStock) implements Serializable {}
}
