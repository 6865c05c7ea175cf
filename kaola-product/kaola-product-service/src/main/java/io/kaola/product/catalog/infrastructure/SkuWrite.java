package io.kaola.product.catalog.infrastructure;

/** The fields of {@code sku} an import writes (upsert by sku_code). */
public record SkuWrite(String skuCode, long spuId, String variantKey, int position, String attributesJson,
                       String imagesJson, Long supplierPriceMinor, String supplierCurrency, int weightGrams,
                       String contentHash) {}
