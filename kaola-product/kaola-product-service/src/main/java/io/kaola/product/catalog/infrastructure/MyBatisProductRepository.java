package io.kaola.product.catalog.infrastructure;

import io.kaola.product.api.ProductSummary;
import io.kaola.product.catalog.domain.ProductRepository;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@link ProductRepository} on MyBatis ({@link SpuMapper}, tables {@code spu} and {@code spu_category}). */
@Repository
public class MyBatisProductRepository implements ProductRepository {
    private final SpuMapper spus;

    public MyBatisProductRepository(SpuMapper spus) { this.spus = spus; }

    @Override
    public Optional<StoredProduct> findById(long spuId) {
        SpuRow spu = spus.findById(spuId);
        if (spu == null) return Optional.empty();
        return Optional.of(new StoredProduct(spu.id(), spu.spuKey(), StoredJson.localized(spu.nameJson()),
                StoredJson.localized(spu.descriptionJson()), spu.published(), spu.taxCategoryCode(), spu.importable(),
                spu.hsCode()));
    }

    @Override
    public List<String> categoryKeys(long spuId) { return spus.findCategoryKeys(spuId); }

    @Override
    public long countPublished(String categoryKey) { return spus.countPublished(categoryKey); }

    @Override
    public List<ProductSummary> findPublishedPage(String categoryKey, long offset, int size) {
        return spus.findPublishedPage(categoryKey, offset, size).stream()
                .map(r -> new ProductSummary(r.id(), r.spuKey(), StoredJson.localized(r.nameJson()),
                        r.imagesJson() == null ? null : StoredJson.imageUrls(r.imagesJson()).stream().findFirst().orElse(null),
                        StoredJson.price(r.supplierPriceMinor(), r.supplierCurrency())))
                .toList();
    }

    @Override
    public int updateTaxProfile(long spuId, String taxCategoryCode, Boolean importable, boolean changeHsCode,
                                String hsCode) {
        return spus.updateTaxProfile(spuId, taxCategoryCode, importable, changeHsCode, hsCode);
    }
}
