package io.kaola.product.catalog.infrastructure;

/** A row of {@code spu} for the product detail. */
public record SpuRow(long id, String spuKey, String nameJson, String descriptionJson, boolean published) {}
