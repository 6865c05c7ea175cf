package io.kaola.product.catalog.infrastructure;

/** What an import needs of a stored SKU: its product and its hash. */
public record SkuKeyRow(String skuCode, long spuId, String spuKey, String contentHash) {}
