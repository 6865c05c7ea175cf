package io.kaola.product.config;

import io.kaola.product.catalogimport.domain.TaxProfileMapping;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Catalogue settings ({@code kaola.catalog.*}).
 *
 * @param priceCurrencyPreference supplier currencies in order of preference when a SKU has prices in several (default EUR, USD, GBP)
 * @param defaultWeightGrams      parcel weight of a SKU whose catalogue gives none, grams (default 500)
 * @param detailCacheTtl          how long a product detail stays in Redis (default 10 minutes)
 * @param taxMapping              category key to cross-border tax category and positive-list flag, applied by
 *                                the import ({@link TaxProfileMapping} says which rule wins); default none
 * @param defaultTaxCategory      tax category of a product no rule matches (default GENERAL)
 * @param defaultImportable       positive-list flag of a product no rule matches (default true)
 * @param priceChannels           distribution channel keys whose prices count for a SKU with no price without
 *                                channel, first listed first (default default-channel)
 * @param supplyChannels          supply channel keys whose inventory row stocks a SKU with no row without supply
 *                                channel, first listed first (default default-warehouse)
 */
@ConfigurationProperties("kaola.catalog")
public record CatalogProperties(List<String> priceCurrencyPreference, Integer defaultWeightGrams, Duration detailCacheTtl,
                                List<TaxMappingRule> taxMapping, String defaultTaxCategory, Boolean defaultImportable,
                                List<String> priceChannels, List<String> supplyChannels) {
    public CatalogProperties {
        if (priceCurrencyPreference == null || priceCurrencyPreference.isEmpty()) {
            priceCurrencyPreference = List.of("EUR", "USD", "GBP");
        }
        priceCurrencyPreference = priceCurrencyPreference.stream().map(c -> c.trim().toUpperCase()).toList();
        if (defaultWeightGrams == null) defaultWeightGrams = 500;
        if (detailCacheTtl == null) detailCacheTtl = Duration.ofMinutes(10);
        taxMapping = taxMapping == null ? List.of() : List.copyOf(taxMapping);
        if (defaultTaxCategory == null || defaultTaxCategory.isBlank()) defaultTaxCategory = "GENERAL";
        if (defaultImportable == null) defaultImportable = true;
        priceChannels = keys(priceChannels, "default-channel");
        supplyChannels = keys(supplyChannels, "default-warehouse");
    }

    private static List<String> keys(List<String> configured, String fallback) {
        if (configured == null) return List.of(fallback);
        return configured.stream().map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** @return the mapping the import applies */
    public TaxProfileMapping taxProfileMapping() {
        return new TaxProfileMapping(taxMapping.stream()
                .map(r -> new TaxProfileMapping.Rule(r.categoryKey(), r.taxCategoryCode(),
                        r.importable() == null ? defaultImportable : r.importable()))
                .toList(), TaxProfileMapping.TaxProfile.of(defaultTaxCategory, defaultImportable));
    }

    /**
     * One line of {@code kaola.catalog.tax-mapping}.
     *
     * @param categoryKey     catalogue category key, e.g. "skincare" (case-insensitive)
     * @param taxCategoryCode kaola-pricing tax category, e.g. "COSMETICS"
     * @param importable      on the positive list; absent: {@code default-importable}
     */
    public record TaxMappingRule(String categoryKey, String taxCategoryCode, Boolean importable) {}
}
