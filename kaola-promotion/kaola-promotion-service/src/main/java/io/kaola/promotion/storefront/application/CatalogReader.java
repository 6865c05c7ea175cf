package io.kaola.promotion.storefront.application;

import io.kaola.promotion.api.HomePage;

import java.util.List;

/** What the storefront pages show of the catalogue (kaola-product). */
public interface CatalogReader {
    /** @return the top-level categories, in the catalogue's order (empty when kaola-product is not deployed) */
    List<HomePage.Entry> topCategories();

    /** @return the first product of the category with its CNY price, or null when it has none */
    HomePage.Featured firstProductOf(String categoryKey);
}
