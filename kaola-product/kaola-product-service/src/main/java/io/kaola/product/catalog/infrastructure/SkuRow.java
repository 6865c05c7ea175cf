package io.kaola.product.catalog.infrastructure;

/** A row of {@code sku}; the price columns are both null when the SKU has no price. */
public record SkuRow(String skuCode, long spuId, String variantKey, int position, String attributesJson,
                     String imagesJson, Long supplierPriceMinor, String supplierCurrency, int weightGrams) {}
