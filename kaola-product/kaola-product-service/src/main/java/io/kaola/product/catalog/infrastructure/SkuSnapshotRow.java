package io.kaola.product.catalog.infrastructure;

import java.math.BigDecimal;

/** A SKU joined with its SPU's name, published flag and cross-border profile, for orders. */
public record SkuSnapshotRow(String skuCode, long spuId, String nameJson, boolean published, Long supplierPriceMinor,
                             String supplierCurrency, int weightGrams, BigDecimal netQuantity, String netUnit,
                             String taxCategoryCode, boolean importable, String hsCode) {}
