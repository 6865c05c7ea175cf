package io.kaola.pricing.api;

import java.io.Serializable;
import java.util.Set;

/**
 * The cart lines a promotion applies to: every line when both sets are empty, else the lines whose SPU is in
 * {@code spuIds} or whose SPU sits in one of {@code categoryKeys} (kaola-product's category keys; a line of unknown
 * SPU or categories matches only "all").
 *
 * @param spuIds       SPU ids in scope (empty: none by SPU)
 * @param categoryKeys category keys in scope (empty: none by category)
 */
public record PromotionScope(Set<Long> spuIds, Set<String> categoryKeys) implements Serializable {
    /** Every line. */
    public static final PromotionScope ALL = new PromotionScope(Set.of(), Set.of());

    public PromotionScope {
        spuIds = spuIds == null ? Set.of() : Set.copyOf(spuIds);
        categoryKeys = categoryKeys == null ? Set.of() : Set.copyOf(categoryKeys);
    }

    /** @return true when the scope is everything */
    public boolean all() {
        return spuIds.isEmpty() && categoryKeys.isEmpty();
    }

    /**
     * @param spuId        the line's SPU (null: unknown)
     * @param lineCategories the categories the line's SPU sits in (null or empty: none known)
     * @return true if a line of this SPU and these categories is in scope
     */
    public boolean covers(Long spuId, Set<String> lineCategories) {
        if (all()) return true;
        if (spuId != null && spuIds.contains(spuId)) return true;
        if (lineCategories == null) return false;
        for (String key : lineCategories) if (categoryKeys.contains(key)) return true;
        return false;
    }
}
