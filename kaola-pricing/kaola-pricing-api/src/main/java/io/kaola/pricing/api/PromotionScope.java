package io.kaola.pricing.api;

import java.io.Serializable;
import java.util.Set;

/**
 * The cart lines a promotion applies to: every line when all three sets are empty, else the lines whose SKU is in
 * {@code skuCodes}, whose SPU is in {@code spuIds} or whose SPU sits in one of {@code categoryKeys} (kaola-product's
 * category keys). A line of unknown SPU or categories matches only by SKU or "all".
 *
 * @param skuCodes     SKU codes in scope (empty: none by SKU); activities such as a discount on a SKU set
 * @param spuIds       SPU ids in scope (empty: none by SPU)
 * @param categoryKeys category keys in scope (empty: none by category)
 */
public record PromotionScope(Set<String> skuCodes, Set<Long> spuIds, Set<String> categoryKeys) implements Serializable {
    /** Every line. */
    public static final PromotionScope ALL = new PromotionScope(Set.of(), Set.of(), Set.of());

    public PromotionScope {
        skuCodes = skuCodes == null ? Set.of() : Set.copyOf(skuCodes);
        spuIds = spuIds == null ? Set.of() : Set.copyOf(spuIds);
        categoryKeys = categoryKeys == null ? Set.of() : Set.copyOf(categoryKeys);
    }

    /** A scope by SPU and category only. */
    public PromotionScope(Set<Long> spuIds, Set<String> categoryKeys) {
        this(Set.of(), spuIds, categoryKeys);
    }

    /** @return a scope of exactly these SKUs */
    public static PromotionScope skus(Set<String> skuCodes) {
        return new PromotionScope(skuCodes, Set.of(), Set.of());
    }

    /** @return true when the scope is everything */
    public boolean all() {
        return skuCodes.isEmpty() && spuIds.isEmpty() && categoryKeys.isEmpty();
    }

    /**
     * @param skuCode        the line's SKU
     * @param spuId          the line's SPU (null: unknown)
     * @param lineCategories the categories the line's SPU sits in (null or empty: none known)
     * @return true if such a line is in scope
     */
    public boolean covers(String skuCode, Long spuId, Set<String> lineCategories) {
        if (all()) return true;
        if (skuCode != null && skuCodes.contains(skuCode)) return true;
        if (spuId != null && spuIds.contains(spuId)) return true;
        if (lineCategories == null) return false;
        for (String key : lineCategories) if (categoryKeys.contains(key)) return true;
        return false;
    }
}
