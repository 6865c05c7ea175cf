package io.kaola.product.catalog.infrastructure;

import io.kaola.product.catalog.domain.NetContent;
import io.kaola.product.catalog.domain.SkuContent;
import io.kaola.product.catalog.domain.SkuRepository;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link SkuRepository} on MyBatis ({@link SkuMapper}, table {@code sku} joined with {@code spu}). */
@Repository
public class MyBatisSkuRepository implements SkuRepository {
    private final SkuMapper skus;

    public MyBatisSkuRepository(SkuMapper skus) { this.skus = skus; }

    @Override
    public List<StoredSku> findBySpuId(long spuId) {
        return skus.findBySpuId(spuId).stream().map(r -> new StoredSku(r.skuCode(), StoredJson.attributes(r.attributesJson()),
                StoredJson.imageUrls(r.imagesJson()), StoredJson.price(r.supplierPriceMinor(), r.supplierCurrency()))).toList();
    }

    @Override
    public List<StoredSnapshot> findSnapshots(Collection<String> skuCodes) {
        return skus.findSnapshots(skuCodes).stream().map(r -> new StoredSnapshot(r.skuCode(), r.spuId(),
                StoredJson.localized(r.nameJson()), r.published(), StoredJson.price(r.supplierPriceMinor(), r.supplierCurrency()),
                r.weightGrams(), NetContent.of(r.netQuantity(), r.netUnit()), r.taxCategoryCode(), r.importable(),
                r.hsCode(), r.categoryKeys() == null ? Set.of() : Set.of(r.categoryKeys().split(" ")))).toList();
    }

    @Override
    public Optional<Long> findSpuIdByCode(String skuCode) { return Optional.ofNullable(skus.findSpuIdByCode(skuCode)); }

    @Override
    public Optional<LockedContent> lockContent(String skuCode) {
        SkuContentRow row = skus.lockContent(skuCode);
        return row == null ? Optional.empty()
                : Optional.of(new LockedContent(row.spuId(), new SkuContent(row.weightGrams(), row.netQuantity(), row.netUnit())));
    }

    @Override
    public void updateContent(String skuCode, SkuContent content) {
        skus.updateContent(skuCode, content.weightGrams(), content.netQuantity(), content.netUnit());
    }
}
