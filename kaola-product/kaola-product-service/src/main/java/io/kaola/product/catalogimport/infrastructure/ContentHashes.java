package io.kaola.product.catalogimport.infrastructure;

import io.kaola.product.catalog.infrastructure.CatalogJson;
import io.kaola.product.catalogimport.domain.CategoryItem;
import io.kaola.product.catalogimport.domain.ProductItem;
import io.kaola.product.catalogimport.domain.SkuItem;

import java.util.Arrays;
import java.util.List;

/**
 * The content hashes stored with each imported item ({@code content_hash}), which tell an unchanged item from
 * an updated one on a re-import: SHA-256 of the JSON of the stored fields ({@link CatalogJson#hash}). Stored
 * hashes are compared with new ones, so the list of fields and their order must never change.
 */
public final class ContentHashes {
    private ContentHashes() {}

    /** @return hash of every stored field of the category */
    public static String of(CategoryItem c) {
        return CatalogJson.hash(Arrays.asList(c.key(), c.parentKey(), c.name(), c.slug(), c.description(), c.orderHint()));
    }

    /**
     * @return hash of the product's own fields, its tax profile (so a mapping change counts as an update) and the
     *         list of its SKU codes (a variant added or removed updates it)
     */
    public static String of(ProductItem p) {
        List<String> codes = p.skus().stream().map(SkuItem::skuCode).toList();
        return CatalogJson.hash(Arrays.asList(p.key(), p.name(), p.description(), p.slug(), p.productType(),
                p.taxCategoryKey(), p.published(), p.categoryKeys(), codes, p.taxProfile().taxCategoryCode(),
                p.taxProfile().importable()));
    }

    /** @return hash of every stored field of the SKU within product {@code productKey} */
    public static String of(SkuItem s, String productKey) {
        return CatalogJson.hash(Arrays.asList(s.skuCode(), productKey, s.variantKey(), s.position(), s.attributesJson(),
                s.imagesJson(), s.supplierPrice() == null ? null : s.supplierPrice().minor(),
                s.supplierPrice() == null ? null : s.supplierPrice().currency(), s.weightGrams(),
                s.netContent() == null ? null : s.netContent().quantity().toPlainString(),
                s.netContent() == null ? null : s.netContent().unit()));
    }
}
