package io.kaola.product.catalogimport.domain;

/**
 * The SKU code of a variant. commercetools lets a variant have no {@code sku}; every Kaola SKU needs
 * a code (orders, stock and prices refer to it), so one is derived, deterministically, so that
 * re-importing the same file finds the same SKU: the variant's {@code key} when it has one, else
 * {@code <productKey>-v<position>} (position 0 is the master variant, then 1, 2... in the order of
 * {@code variants}). Such variants are imported, not refused; the derived codes are logged by the
 * import. A derived code that collides with another SKU is reported as a duplicate SKU.
 */
public final class SkuCodes {
    private SkuCodes() {}

    /**
     * @param sku        the variant's sku, may be null
     * @param variantKey the variant's key, may be null
     * @param productKey the product's key
     * @param position   0 for the master variant, then 1, 2...
     * @return the SKU code
     */
    public static String of(String sku, String variantKey, String productKey, int position) {
        if (sku != null && !sku.isBlank()) return sku;
        if (variantKey != null && !variantKey.isBlank()) return variantKey;
        return productKey + "-v" + position;
    }

    /** @return true when {@link #of} had to derive the code */
    public static boolean isDerived(String sku) { return sku == null || sku.isBlank(); }
}
