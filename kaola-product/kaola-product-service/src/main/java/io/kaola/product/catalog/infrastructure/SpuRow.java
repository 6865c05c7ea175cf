package io.kaola.product.catalog.infrastructure;

/** A row of {@code spu} for the product detail and ops edits. */
public record SpuRow(long id, String spuKey, String nameJson, String descriptionJson, boolean published,
                     String taxCategoryCode, boolean importable, String hsCode) {}
