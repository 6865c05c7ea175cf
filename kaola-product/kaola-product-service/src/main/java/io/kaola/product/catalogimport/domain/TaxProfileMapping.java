package io.kaola.product.catalogimport.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which cross-border tax category (kaola-pricing's {@code tax_category.code}) and positive-list flag a
 * product gets on import, from its categories. Configured as {@code kaola.catalog.tax-mapping} (a list
 * of {categoryKey, taxCategoryCode, importable}) with a default for products no rule matches.
 * <p>
 * The rule that applies, in this order:
 * <ol>
 *   <li>the first of the product's own categories, in the order of the product draft's
 *       {@code categories}, that has a rule;</li>
 *   <li>else, for each of its categories in the same order, the nearest ancestor (parent, grandparent...)
 *       with a rule; the first found wins (so "armchairs" under "furniture" takes furniture's rule);</li>
 *   <li>else the default.</li>
 * </ol>
 * Category keys are compared case-insensitively. A category named directly therefore beats one
 * inherited from a parent: a product in "bar-accessories" (under "kitchen") and "wine" is WINE.
 * The mapping does not check that kaola-pricing knows the code: a quote for an unknown code is refused
 * there with PRICING_UNKNOWN_TAX_CATEGORY, and ops correct the product (or the mapping).
 */
public final class TaxProfileMapping {
    private final Map<String, TaxProfile> byCategory;
    private final TaxProfile fallback;

    /**
     * @param rules    in configuration order; one rule per category key
     * @param fallback what a product without a matching rule gets
     * @throws IllegalArgumentException for a blank key or code, or a category key given twice
     */
    public TaxProfileMapping(List<Rule> rules, TaxProfile fallback) {
        if (fallback == null) throw new IllegalArgumentException("the default tax profile is required");
        Map<String, TaxProfile> map = new LinkedHashMap<>();
        for (Rule rule : rules == null ? List.<Rule>of() : rules) {
            if (rule.categoryKey() == null || rule.categoryKey().isBlank()) {
                throw new IllegalArgumentException("kaola.catalog.tax-mapping: a rule without categoryKey");
            }
            String key = normalized(rule.categoryKey());
            if (map.put(key, TaxProfile.of(rule.taxCategoryCode(), rule.importable())) != null) {
                throw new IllegalArgumentException("kaola.catalog.tax-mapping: category '" + key + "' is mapped twice");
            }
        }
        this.byCategory = map;
        this.fallback = fallback;
    }

    /** @return a mapping without rules: every product gets {@code fallback} */
    public static TaxProfileMapping everything(TaxProfile fallback) { return new TaxProfileMapping(List.of(), fallback); }

    /**
     * @param productCategories the product's category keys, in the draft's order
     * @param parents           every known category key to its parent key (null for a root)
     * @return the profile of the rule that applies (see the class comment)
     */
    public TaxProfile profileOf(List<String> productCategories, Map<String, String> parents) {
        for (String category : productCategories) {
            TaxProfile direct = byCategory.get(normalized(category));
            if (direct != null) return direct;
        }
        for (String category : productCategories) {
            Set<String> seen = new HashSet<>();
            seen.add(category);
            String ancestor = parents.get(category);
            while (ancestor != null && seen.add(ancestor)) {   // seen: a stored cycle cannot loop forever
                TaxProfile inherited = byCategory.get(normalized(ancestor));
                if (inherited != null) return inherited;
                ancestor = parents.get(ancestor);
            }
        }
        return fallback;
    }

    /** @return the rules, in configuration order (keys lower-cased) */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        byCategory.forEach((key, profile) -> rules.add(new Rule(key, profile.taxCategoryCode(), profile.importable())));
        return rules;
    }

    private static String normalized(String key) { return key.trim().toLowerCase(Locale.ROOT); }

    /**
     * One line of the mapping.
     *
     * @param categoryKey     a catalogue category key, e.g. "skincare"
     * @param taxCategoryCode kaola-pricing tax category, e.g. "COSMETICS"
     * @param importable      whether products of that category are on the cross-border positive list
     */
    public record Rule(String categoryKey, String taxCategoryCode, boolean importable) {}

    /**
     * A product's cross-border tax profile as the import assigns it.
     *
     * @param taxCategoryCode kaola-pricing tax category, upper case
     * @param importable      on the positive list (orderable) or not
     */
    public record TaxProfile(String taxCategoryCode, boolean importable) {
        /** @throws IllegalArgumentException for a blank code */
        public static TaxProfile of(String taxCategoryCode, boolean importable) {
            if (taxCategoryCode == null || taxCategoryCode.isBlank()) {
                throw new IllegalArgumentException("a tax profile needs a taxCategoryCode");
            }
            return new TaxProfile(taxCategoryCode.trim().toUpperCase(Locale.ROOT), importable);
        }
    }
}
