package io.kaola.product.catalog.infrastructure;

import java.math.BigDecimal;

/** What one unit of a SKU weighs and contains; net quantity and unit are both null when unknown. */
public record SkuContentRow(String skuCode, long spuId, int weightGrams, BigDecimal netQuantity, String netUnit) {}
