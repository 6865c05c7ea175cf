package io.kaola.product.catalog.infrastructure;

/** A row of {@code category}; localized fields are JSON objects. */
public record CategoryRow(String categoryKey, String parentKey, String nameJson, String slugJson,
                          String descriptionJson, String orderHint, String contentHash) {}
