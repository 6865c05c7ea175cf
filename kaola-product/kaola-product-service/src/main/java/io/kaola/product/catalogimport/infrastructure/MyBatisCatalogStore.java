package io.kaola.product.catalogimport.infrastructure;

import io.kaola.product.api.ImportReport;
import io.kaola.product.catalog.infrastructure.CatalogJson;
import io.kaola.product.catalog.infrastructure.CategoryMapper;
import io.kaola.product.catalog.infrastructure.CategoryRow;
import io.kaola.product.catalog.infrastructure.SkuKeyRow;
import io.kaola.product.catalog.infrastructure.SkuMapper;
import io.kaola.product.catalog.infrastructure.SkuWrite;
import io.kaola.product.catalog.infrastructure.SpuKeyRow;
import io.kaola.product.catalog.infrastructure.SpuMapper;
import io.kaola.product.catalog.infrastructure.SpuWrite;
import io.kaola.product.catalogimport.domain.CatalogStore;
import io.kaola.product.catalogimport.domain.CategoryItem;
import io.kaola.product.catalogimport.domain.ImportPlan;
import io.kaola.product.catalogimport.domain.ProductItem;
import io.kaola.product.catalogimport.domain.SkuItem;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link CatalogStore} on MyBatis (tables {@code category}, {@code spu}, {@code spu_category}, {@code sku}):
 * upsert by category key, product key and SKU code, comparing content hashes ({@link ContentHashes}) to count
 * created / updated / unchanged; localized fields are stored as JSON ({@link CatalogJson}).
 * <p>
 * Values ops set by hand survive a re-import: a product's tax profile (tax category, positive-list flag)
 * once {@code tax_profile_source} is OPS, a SKU's weight and net content once {@code content_source} is
 * OPS. Such an item still counts as "updated" when the file (or the mapping) changes its hash: its other
 * fields are written.
 */
@Repository
public class MyBatisCatalogStore implements CatalogStore {
    private final CategoryMapper categories;
    private final SpuMapper spus;
    private final SkuMapper skus;

    public MyBatisCatalogStore(CategoryMapper categories, SpuMapper spus, SkuMapper skus) {
        this.categories = categories;
        this.spus = spus;
        this.skus = skus;
    }

    @Override
    public Applied apply(ImportPlan plan) {
        Tally categoryTally = new Tally();
        Map<String, String> storedCategories = new HashMap<>();
        categories.findAll().forEach(c -> storedCategories.put(c.categoryKey(), c.contentHash()));
        for (CategoryItem c : plan.categories()) {
            String hash = ContentHashes.of(c);
            CategoryRow row = new CategoryRow(c.key(), c.parentKey(), CatalogJson.write(c.name()),
                    CatalogJson.write(c.slug()), CatalogJson.write(c.description()), c.orderHint(), hash);
            String stored = storedCategories.get(c.key());
            if (stored == null) { categories.insert(row); categoryTally.created++; }
            else if (!stored.equals(hash)) { categories.update(row); categoryTally.updated++; }
            else categoryTally.unchanged++;
        }

        Tally productTally = new Tally();
        Tally skuTally = new Tally();
        Set<Long> changed = new LinkedHashSet<>();
        Map<Long, List<String>> variantsOfUpdated = new LinkedHashMap<>();
        Map<String, SpuKeyRow> storedSpus = new HashMap<>();
        Map<String, SkuKeyRow> storedSkus = new HashMap<>();
        List<String> keys = plan.products().stream().map(ProductItem::key).toList();
        List<String> codes = plan.products().stream().flatMap(p -> p.skus().stream()).map(SkuItem::skuCode).toList();
        for (List<String> batch : batches(keys)) spus.findByKeys(batch).forEach(s -> storedSpus.put(s.spuKey(), s));
        for (List<String> batch : batches(codes)) skus.findByCodes(batch).forEach(s -> storedSkus.put(s.skuCode(), s));

        for (ProductItem p : plan.products()) {
            String hash = ContentHashes.of(p);
            SpuKeyRow stored = storedSpus.get(p.key());
            SpuWrite write = new SpuWrite(stored == null ? null : stored.id(), p.key(), CatalogJson.write(p.name()),
                    CatalogJson.write(p.description()), CatalogJson.write(p.slug()), p.productType(),
                    p.taxCategoryKey(), p.published(), hash, p.taxProfile().taxCategoryCode(), p.taxProfile().importable());
            boolean spuChanged = true;
            if (stored == null) { spus.insert(write); productTally.created++; }
            else if (!stored.contentHash().equals(hash)) { spus.update(write); productTally.updated++; }
            else { productTally.unchanged++; spuChanged = false; }
            long spuId = write.getId();
            if (spuChanged) {
                spus.deleteCategories(spuId);
                if (!p.categoryKeys().isEmpty()) spus.insertCategories(spuId, p.categoryKeys());
                changed.add(spuId);
                if (stored != null) variantsOfUpdated.put(spuId, p.skus().stream().map(SkuItem::skuCode).toList());
            }
            for (SkuItem s : p.skus()) {
                String skuHash = ContentHashes.of(s, p.key());
                SkuWrite row = new SkuWrite(s.skuCode(), spuId, s.variantKey(), s.position(), s.attributesJson(),
                        s.imagesJson(), s.supplierPrice() == null ? null : s.supplierPrice().minor(),
                        s.supplierPrice() == null ? null : s.supplierPrice().currency(), s.weightGrams(),
                        s.netContent() == null ? null : s.netContent().quantity(),
                        s.netContent() == null ? null : s.netContent().unit(), skuHash);
                SkuKeyRow storedSku = storedSkus.get(s.skuCode());
                if (storedSku == null) { skus.insert(row); skuTally.created++; changed.add(spuId); }
                else if (!storedSku.contentHash().equals(skuHash) || storedSku.spuId() != spuId) {
                    skus.update(row);
                    skuTally.updated++;
                    changed.add(spuId);
                    changed.add(storedSku.spuId());
                }
                else skuTally.unchanged++;
            }
        }
        // After every upsert, so that a SKU moved to another product of this import is not deleted with its old one.
        variantsOfUpdated.forEach(skus::deleteOthersOfSpu);
        return new Applied(categoryTally.counts(), productTally.counts(), skuTally.counts(), changed);
    }

    private static List<List<String>> batches(List<String> all) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MyBatisKnownCatalog.LOOKUP_BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + MyBatisKnownCatalog.LOOKUP_BATCH)));
        }
        return batches;
    }

    private static final class Tally {
        int created, updated, unchanged;

        ImportReport.Counts counts() { return new ImportReport.Counts(created, updated, unchanged, 0); }
    }
}
