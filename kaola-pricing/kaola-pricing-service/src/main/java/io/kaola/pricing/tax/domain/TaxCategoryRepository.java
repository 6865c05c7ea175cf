package io.kaola.pricing.tax.domain;

import java.util.List;

/** The stored tax categories (port; MyBatis implementation in tax/infrastructure). */
public interface TaxCategoryRepository {

    /** @return every category, by code */
    List<TaxCategory> findAll();

    /** Inserts the category, or replaces every field of the one with the same code. */
    void upsert(TaxCategory category);
}
