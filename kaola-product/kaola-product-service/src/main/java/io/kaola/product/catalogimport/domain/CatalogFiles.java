package io.kaola.product.catalogimport.domain;

import java.util.Set;

/**
 * The files of a catalogue directory the import reads (commercetools draft format, one JSON array of drafts
 * per file); problems and refusals name them. Any other file is listed as ignored.
 */
public final class CatalogFiles {
    public static final String CATEGORIES = "categories.json";
    public static final String PRODUCTS = "products.json";
    public static final String INVENTORY = "inventory.json";
    public static final String STANDALONE_PRICES = "standalone-prices.json";
    /** Every file the import reads. */
    public static final Set<String> KNOWN = Set.of(CATEGORIES, PRODUCTS, INVENTORY, STANDALONE_PRICES);

    private CatalogFiles() {}
}
