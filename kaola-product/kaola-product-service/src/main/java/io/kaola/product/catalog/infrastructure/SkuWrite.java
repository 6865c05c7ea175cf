package io.kaola.product.catalog.infrastructure;

import java.math.BigDecimal;

/**
 * The fields of {@code sku} an import writes (upsert by sku_code). Weight and net content are written on
 * insert, and on update only while the row's {@code content_source} is IMPORT (ops' own values are kept).
 */
public record SkuWrite(String skuCode, long spuId, String variantKey, int position, String attributesJson,
                       String imagesJson, Long supplierPriceMinor, String supplierCurrency, int weightGrams,
                       BigDecimal netQuantity, String netUnit, String contentHash) {}
