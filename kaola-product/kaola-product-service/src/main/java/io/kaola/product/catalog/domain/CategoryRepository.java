package io.kaola.product.catalog.domain;

import io.kaola.product.api.CategoryView;

import java.util.List;

/** The stored categories, for the storefront reads. */
public interface CategoryRepository {

    /** @return every category, unordered (order them with {@link CategoryTree#parentsFirst}) */
    List<CategoryView> findAll();

    /** @return true when a category with this key is stored */
    boolean exists(String categoryKey);
}
