package io.kaola.product.catalog.application;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.catalog.domain.CategoryRepository;
import io.kaola.product.catalog.domain.CategoryTree;
import io.kaola.product.catalog.domain.ProductRepository;
import io.kaola.product.catalog.domain.SkuRepository;
import io.kaola.product.catalog.domain.SkuRepository.StoredSnapshot;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Catalogue reads straight from the database: categories, listings and SKU snapshots for orders. */
@Service
public class CatalogQueries {
    static final PageRequest DEFAULT_PAGE = new PageRequest(0, 20);

    private final CategoryRepository categories;
    private final ProductRepository spus;
    private final SkuRepository skus;

    public CatalogQueries(CategoryRepository categories, ProductRepository spus, SkuRepository skus) {
        this.categories = categories;
        this.spus = spus;
        this.skus = skus;
    }

    /** @return every category, parents before children, siblings by orderHint then key */
    public List<CategoryView> listCategories() {
        return new ArrayList<>(CategoryTree.parentsFirst(categories.findAll(), CategoryView::key,
                CategoryView::parentKey, CategoryView::orderHint));
    }

    /**
     * @return published products by key, optionally of one category (directly assigned)
     * @throws io.kaola.common.error.KaolaException PRODUCT_CATEGORY_NOT_FOUND
     */
    public Page<ProductSummary> listProducts(ListProductsRequest request) {
        String categoryKey = request == null ? null : request.categoryKey();
        PageRequest page = request == null || request.page() == null ? DEFAULT_PAGE : request.page();
        if (categoryKey != null && !categories.exists(categoryKey)) {
            throw ProductError.CATEGORY_NOT_FOUND.exception("no category with key '" + categoryKey + "'");
        }
        long total = spus.countPublished(categoryKey);
        List<ProductSummary> items = total <= page.offset() ? List.of()
                : new ArrayList<>(spus.findPublishedPage(categoryKey, page.offset(), page.size()));
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
        Map<String, StoredSnapshot> found = new HashMap<>();
        skus.findSnapshots(new LinkedHashSet<>(skuCodes)).forEach(r -> found.put(r.skuCode(), r));
        List<SkuSnapshot> snapshots = new ArrayList<>(skuCodes.size());
        for (String code : skuCodes) {
            StoredSnapshot row = found.get(code);
            if (row == null) throw ProductError.UNKNOWN_SKU.exception("no SKU with code '" + code + "'");
            Money price = row.supplierPrice();
            NetContent netContent = row.netContent() == null ? null
                    : new NetContent(row.netContent().quantity(), row.netContent().unit());
            snapshots.add(new SkuSnapshot(row.skuCode(), row.spuId(), row.name(), price,
                    row.weightGrams(), row.published() && price != null, row.taxCategoryCode(), row.importable(),
                    netContent, row.hsCode(), row.categoryKeys()));
        }
        return snapshots;
    }
}
