package io.kaola.pricing.tax.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.kaola.pricing.config.PricingProperties;
import io.kaola.pricing.tax.domain.TaxCategory;
import io.kaola.pricing.tax.domain.TaxCategoryRepository;
import org.springframework.stereotype.Service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tax categories, read from the table at most once per {@code kaola.pricing.rules-cache-ttl} (a quote never
 * reads the database per line), and set by ops.
 */
@Service
public class TaxCategories {
    private static final String ALL = "all";
    private final TaxCategoryRepository categories;
    private final LoadingCache<String, Map<String, TaxCategory>> cache;

    public TaxCategories(TaxCategoryRepository categories, PricingProperties properties) {
        this.categories = categories;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.rulesCacheTtl()).build(key -> load());
    }

    /** @return every category by code, in code order (cached) */
    public Map<String, TaxCategory> byCode() { return cache.get(ALL); }

    /** @return every category, in code order */
    public List<TaxCategory> list() { return List.copyOf(byCode().values()); }

    /**
     * Adds or replaces a category (one statement), then drops this instance's cache so the next quote uses it.
     * Stored orders keep the tax they were sold with.
     *
     * @param checked a category that passed {@link TaxCategory#checkNew}
     * @return the stored category, as read back
     */
    public TaxCategory set(TaxCategory checked) {
        categories.upsert(checked);
        cache.invalidateAll();
        return byCode().get(checked.code());
    }

    private Map<String, TaxCategory> load() {
        Map<String, TaxCategory> byCode = new LinkedHashMap<>();
        for (TaxCategory category : categories.findAll()) byCode.put(category.code(), category);
        return Collections.unmodifiableMap(byCode);
    }
}
