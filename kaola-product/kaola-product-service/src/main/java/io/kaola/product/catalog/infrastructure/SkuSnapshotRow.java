package io.kaola.product.catalog.infrastructure;

/** A SKU joined with its SPU's name and published flag, for orders. */
public record SkuSnapshotRow(String skuCode, long spuId, String nameJson, boolean published, Long supplierPriceMinor,
                             String supplierCurrency, int weightGrams) {}
