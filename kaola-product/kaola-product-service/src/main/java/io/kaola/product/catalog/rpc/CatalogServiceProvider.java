package io.kaola.product.catalog.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.catalog.application.CatalogQueries;
import io.kaola.product.catalog.application.ProductDetails;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** Dubbo endpoint of the catalogue reads; every method is a read, so callers may retry. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "listCategories", retries = 2),
        @Method(name = "listProducts", retries = 2),
        @Method(name = "getProductDetail", retries = 2, timeout = 5000),
        @Method(name = "getSkus", retries = 2)})
public class CatalogServiceProvider implements CatalogService {
    private final CatalogQueries queries;
    private final ProductDetails details;

    public CatalogServiceProvider(CatalogQueries queries, ProductDetails details) {
        this.queries = queries;
        this.details = details;
    }

    @Override public List<CategoryView> listCategories() { return queries.listCategories(); }

    @Override
    public Page<ProductSummary> listProducts(ListProductsRequest request) throws KaolaException {
        return queries.listProducts(request);
    }

    @Override
    public ProductDetail getProductDetail(long spuId) throws KaolaException { return details.get(spuId); }

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) throws KaolaException { return queries.getSkus(skuCodes); }
}
