package io.kaola.product.catalog.application;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.catalog.domain.CategoryTree;
import io.kaola.product.catalog.domain.StoredJson;
import io.kaola.product.catalog.infrastructure.CategoryMapper;
import io.kaola.product.catalog.infrastructure.CategoryRow;
import io.kaola.product.catalog.infrastructure.SkuMapper;
import io.kaola.product.catalog.infrastructure.SkuSnapshotRow;
import io.kaola.product.catalog.infrastructure.SpuMapper;
import io.kaola.product.catalogimport.domain.NetContents;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Catalogue reads straight from the database: categories, listings and SKU snapshots for orders. */
@Service
public class CatalogQueries {
    static final PageRequest DEFAULT_PAGE = new PageRequest(0, 20);

    private final CategoryMapper categories;
    private final SpuMapper spus;
    private final SkuMapper skus;

    public CatalogQueries(CategoryMapper categories, SpuMapper spus, SkuMapper skus) {
        this.categories = categories;
        this.spus = spus;
        this.skus = skus;
    }

    /** @return every category, parents before children, siblings by orderHint then key */
    public List<CategoryView> listCategories() {
        List<CategoryRow> ordered = CategoryTree.parentsFirst(categories.findAll(), CategoryRow::categoryKey,
                CategoryRow::parentKey, CategoryRow::orderHint);
        return ordered.stream().map(c -> new CategoryView(c.categoryKey(), c.parentKey(),
                StoredJson.localized(c.nameJson()), c.orderHint())).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * @return published products by key, optionally of one category (directly assigned)
     * @throws io.kaola.common.error.KaolaException PRODUCT_CATEGORY_NOT_FOUND
     */
    public Page<ProductSummary> listProducts(ListProductsRequest request) {
        String categoryKey = request == null ? null : request.categoryKey();
        PageRequest page = request == null || request.page() == null ? DEFAULT_PAGE : request.page();
        if (categoryKey != null && categories.countByKey(categoryKey) == 0) {
            throw ProductError.CATEGORY_NOT_FOUND.exception("no category with key '" + categoryKey + "'");
        }
        long total = spus.countPublished(categoryKey);
        List<ProductSummary> items = total <= page.offset() ? List.of()
                : spus.findPublishedPage(categoryKey, page.offset(), page.size()).stream()
                .map(r -> new ProductSummary(r.id(), r.spuKey(), StoredJson.localized(r.nameJson()),
                        r.imagesJson() == null ? null : StoredJson.imageUrls(r.imagesJson()).stream().findFirst().orElse(null),
                        StoredJson.price(r.supplierPriceMinor(), r.supplierCurrency())))
                .collect(Collectors.toCollection(ArrayList::new));
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * @param skuCodes SKU codes (duplicates answered once per occurrence)
     * @return one snapshot per code, in the same order; on sale when the product is published and the SKU priced;
     *         with the product's tax category, positive-list flag and HS code and the SKU's net content
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU naming the first unknown code
     */
    public List<SkuSnapshot> getSkus(List<String> skuCodes) {
        if (skuCodes == null || skuCodes.isEmpty()) return List.of();
        Map<String, SkuSnapshotRow> found = new HashMap<>();
        skus.findSnapshots(new LinkedHashSet<>(skuCodes)).forEach(r -> found.put(r.skuCode(), r));
        List<SkuSnapshot> snapshots = new ArrayList<>(skuCodes.size());
        for (String code : skuCodes) {
            SkuSnapshotRow row = found.get(code);
            if (row == null) throw ProductError.UNKNOWN_SKU.exception("no SKU with code '" + code + "'");
            Money price = StoredJson.price(row.supplierPriceMinor(), row.supplierCurrency());
            NetContents.Amount content = NetContents.Amount.of(row.netQuantity(), row.netUnit());
            NetContent netContent = content == null ? null : new NetContent(content.quantity(), content.unit());
            snapshots.add(new SkuSnapshot(row.skuCode(), row.spuId(), StoredJson.localized(row.nameJson()), price,
                    row.weightGrams(), row.published() && price != null, row.taxCategoryCode(), row.importable(),
                    netContent, row.hsCode()));
        }
        return snapshots;
    }
}
