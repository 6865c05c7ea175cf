package io.kaola.product.catalog.infrastructure;

import java.math.BigDecimal;

/**
 * A SKU joined with its SPU's name, published flag and cross-border profile, for orders; categoryKeys are the SPU's
 * category keys separated by single spaces (keys hold no spaces), null when it sits in none.
 */
public record SkuSnapshotRow(String skuCode, long spuId, String nameJson, boolean published, Long supplierPriceMinor,
                             String supplierCurrency, int weightGrams, BigDecimal netQuantity, String netUnit,
                             String taxCategoryCode, boolean importable, String hsCode,
                             String categoryKeys) {}
