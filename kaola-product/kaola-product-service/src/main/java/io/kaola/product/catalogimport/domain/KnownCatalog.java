package io.kaola.product.catalogimport.domain;

import java.util.Collection;
import java.util.Map;

/** What is already stored, for references a file makes to items it does not contain. */
public interface KnownCatalog {

    /** @return every stored category key mapped to its parent key (null value for a root) */
    Map<String, String> categoryParents();

    /**
     * @param skuCodes SKU codes to look up
     * @return the stored ones among them, mapped to the key of the product that holds them
     */
    Map<String, String> skuOwners(Collection<String> skuCodes);
}
