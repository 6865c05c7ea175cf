package io.kaola.product.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;

import java.util.List;

/** Catalogue reads for the storefront and for other services. */
public interface CatalogService {

    /** @return every category, parents before children, siblings by orderHint */
    List<CategoryView> listCategories();

    /**
     * @return a page of published products, by key
     * @throws KaolaException PRODUCT_CATEGORY_NOT_FOUND
     */
    Page<ProductSummary> listProducts(ListProductsRequest request) throws KaolaException;

    /**
     * The product detail with CNY prices and in-stock flags, from the Redis cache when present.
     * @throws KaolaException PRODUCT_NOT_FOUND (unknown or unpublished)
     */
    ProductDetail getProductDetail(long spuId) throws KaolaException;

    /**
     * @param skuCodes distinct SKU codes
     * @return one snapshot per code, in the same order
     * @throws KaolaException PRODUCT_UNKNOWN_SKU naming the first unknown code
     */
    List<SkuSnapshot> getSkus(List<String> skuCodes) throws KaolaException;
}
