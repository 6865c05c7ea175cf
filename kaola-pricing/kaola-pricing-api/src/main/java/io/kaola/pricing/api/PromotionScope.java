package io.kaola.pricing.api;

import java.io.Serializable;
import java.util.Set;

/**
 * The cart lines a promotion applies to: every line when both sets are empty, else the lines whose SPU is in
 * {@code spuIds} or whose category is in {@code categoryIds} (a line of unknown SPU or category matches only "all").
 *
 * @param spuIds      SPU ids in scope (empty: none by SPU)
 * @param categoryIds category ids in scope (empty: none by category)
 */
public record PromotionScope(Set<Long> spuIds, Set<Long> categoryIds) implements Serializable {
    /** Every line. */
    public static final PromotionScope ALL = new PromotionScope(Set.of(), Set.of());

    public PromotionScope {
        spuIds = spuIds == null ? Set.of() : Set.copyOf(spuIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }

    /** @return true if a line of this SPU and category (either may be null: unknown) is in scope */
    public boolean covers(Long spuId, Long categoryId) {
        if (spuIds.isEmpty() && categoryIds.isEmpty()) return true;
        return (spuId != null && spuIds.contains(spuId)) || (categoryId != null && categoryIds.contains(categoryId));
    }
}
