package io.kaola.product.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Catalogue settings ({@code kaola.catalog.*}).
 *
 * @param priceCurrencyPreference supplier currencies in order of preference when a SKU has prices in several (default EUR, USD, GBP)
 * @param defaultWeightGrams      parcel weight of a SKU whose catalogue gives none, grams (default 500)
 * @param detailCacheTtl          how long a product detail stays in Redis (default 10 minutes)
 */
@ConfigurationProperties("kaola.catalog")
public record CatalogProperties(List<String> priceCurrencyPreference, Integer defaultWeightGrams, Duration detailCacheTtl) {
    public CatalogProperties {
        if (priceCurrencyPreference == null || priceCurrencyPreference.isEmpty()) {
            priceCurrencyPreference = List.of("EUR", "USD", "GBP");
        }
        priceCurrencyPreference = priceCurrencyPreference.stream().map(c -> c.trim().toUpperCase()).toList();
        if (defaultWeightGrams == null) defaultWeightGrams = 500;
        if (detailCacheTtl == null) detailCacheTtl = Duration.ofMinutes(10);
    }
}
