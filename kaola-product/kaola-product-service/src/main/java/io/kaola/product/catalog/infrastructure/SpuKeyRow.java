package io.kaola.product.catalog.infrastructure;

/** What an import needs of a stored SPU to decide between insert, update and unchanged. */
public record SpuKeyRow(long id, String spuKey, String contentHash) {}
