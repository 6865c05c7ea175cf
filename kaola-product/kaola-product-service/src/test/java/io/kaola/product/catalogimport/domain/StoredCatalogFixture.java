package io.kaola.product.catalogimport.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** An in-memory {@link KnownCatalog}: what a test says is already stored. */
public final class StoredCatalogFixture implements KnownCatalog {
    final Map<String, String> categoryParents = new HashMap<>();
    final Map<String, String> skuOwners = new HashMap<>();

    /** @return a catalogue with nothing stored */
    public static StoredCatalogFixture empty() { return new StoredCatalogFixture(); }

    /** @return this, with a stored category */
    public StoredCatalogFixture withCategory(String key, String parentKey) {
        categoryParents.put(key, parentKey);
        return this;
    }

    /** @return this, with a stored SKU of product {@code productKey} */
    public StoredCatalogFixture withSku(String skuCode, String productKey) {
        skuOwners.put(skuCode, productKey);
        return this;
    }

    @Override public Map<String, String> categoryParents() { return categoryParents; }

    @Override
    public Map<String, String> skuOwners(Collection<String> skuCodes) {
        Map<String, String> found = new HashMap<>();
        skuCodes.stream().filter(skuOwners::containsKey).forEach(c -> found.put(c, skuOwners.get(c)));
        return found;
    }
}
