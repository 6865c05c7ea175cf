package io.kaola.pricing.tax.infrastructure;

import io.kaola.pricing.tax.domain.TaxCategory;
import io.kaola.pricing.tax.domain.TaxCategoryRepository;
import io.kaola.pricing.tax.infrastructure.TaxCategoryMapper.TaxCategoryRow;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link TaxCategoryRepository} on table tax_category through {@link TaxCategoryMapper}. */
@Repository
public class MyBatisTaxCategoryRepository implements TaxCategoryRepository {
    private final TaxCategoryMapper mapper;

    public MyBatisTaxCategoryRepository(TaxCategoryMapper mapper) { this.mapper = mapper; }

    @Override
    public List<TaxCategory> findAll() { return mapper.findAll().stream().map(TaxCategoryRow::toDomain).toList(); }

    @Override
    public void upsert(TaxCategory category) { mapper.upsert(TaxCategoryRow.of(category)); }
}
