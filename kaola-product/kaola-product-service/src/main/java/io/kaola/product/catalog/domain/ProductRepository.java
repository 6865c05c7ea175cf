package io.kaola.product.catalog.domain;

import io.kaola.product.api.ProductSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored products (SPUs) and their category assignments, for reads and ops edits. */
public interface ProductRepository {

    /** @return the product, published or not; empty when there is none with this id */
    Optional<StoredProduct> findById(long spuId);

    /** @return the keys of the categories the product is in, sorted */
    List<String> categoryKeys(long spuId);

    /** @param categoryKey null for every published product; else those directly in that category */
    long countPublished(String categoryKey);

    /**
     * @param categoryKey null for every published product; else those directly in that category
     * @param offset      rows to skip, >= 0
     * @param size        rows to return, >= 1
     * @return published products by key, each with its master variant's first image and list price
     */
    List<ProductSummary> findPublishedPage(String categoryKey, long offset, int size);

    /**
     * Ops edit of a product's tax profile; a null argument leaves its column unchanged. Setting the tax
     * category or the positive-list flag marks the profile as set by ops (imports then leave it).
     *
     * @param changeHsCode true to write {@code hsCode} (null clears it)
     * @return rows matched (0: no such product)
     */
    int updateTaxProfile(long spuId, String taxCategoryCode, Boolean importable, boolean changeHsCode, String hsCode);

    /**
     * A stored product as the detail shows it.
     *
     * @param id              spuId
     * @param key             catalogue key
     * @param name            localized names, locale tag to text
     * @param description     localized descriptions, empty when none
     * @param published       on the storefront
     * @param taxCategoryCode kaola-pricing tax category
     * @param importable      on the cross-border positive list
     * @param hsCode          8 or 10 digits, null when none
     */
    record StoredProduct(long id, String key, Map<String, String> name, Map<String, String> description,
                         boolean published, String taxCategoryCode, boolean importable, String hsCode) {}
}
