package io.kaola.product.api;

import io.kaola.common.error.KaolaException;

/** Ops: loads a commercetools-shaped catalogue. */
public interface CatalogImportService {

    /**
     * Imports categories, products with every variant as a SKU, prices and inventory.
     * Validates everything first: a malformed file or item refuses the whole import and changes nothing.
     * Idempotent: the same input twice reports everything unchanged the second time.
     * @return the counts
     * @throws KaolaException PRODUCT_IMPORT_REFUSED (400) listing each problem by file and item
     */
    ImportReport importCatalog(ImportCatalogRequest request) throws KaolaException;
}
