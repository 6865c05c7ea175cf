package io.kaola.product.api;

import java.io.Serializable;
import java.util.Map;

/**
 * A catalogue directory in the commercetools draft format, file name to content.
 * Known files: categories.json, products.json, inventory.json, standalone-prices.json;
 * other files are listed in the report as ignored.
 *
 * @param files        file name (no directory) to UTF-8 JSON text
 * @param warehouseCode bonded warehouse that receives the inventory rows (null: the default warehouse)
 * @param requestedBy  who asked (ops user's email), for the audit log
 */
public record ImportCatalogRequest(Map<String, String> files, String warehouseCode, String requestedBy)
        implements Serializable {}
