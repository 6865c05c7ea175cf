package io.kaola.promotion.storefront.infrastructure;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductSummary;
import io.kaola.promotion.api.HomePage;
import io.kaola.promotion.storefront.application.CatalogReader;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import static io.kaola.common.boot.dubbo.RpcFailures.noProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link CatalogReader} over kaola-product's CatalogService (reads, retried). When no kaola-product provider is
 * registered at all, the pages show no categories and no products rather than failing (activities still show).
 */
@Component
public class DubboCatalogReader implements CatalogReader {
    @DubboReference(check = false, timeout = 3000, retries = 2)
    private CatalogService catalog;

    @Override
    public List<HomePage.Entry> topCategories() {
        try {
            return catalog.listCategories().stream().filter(c -> c.parentKey() == null)
                    .map((CategoryView c) -> new HomePage.Entry(c.key(), c.name())).toList();
        } catch (RpcException e) {
            if (noProvider(e)) return List.of();
            throw e;
        }
    }

    @Override
    public HomePage.Featured firstProductOf(String categoryKey) {
        Page<ProductSummary> page = catalog.listProducts(new ListProductsRequest(categoryKey, new PageRequest(0, 1)));
        if (page.items().isEmpty()) return null;
        ProductSummary product = page.items().get(0);
        ProductDetail detail = catalog.getProductDetail(product.spuId());
        ProductDetail.SkuView sku = detail.skus().isEmpty() ? null : detail.skus().get(0);
        return new HomePage.Featured(product.spuId(), product.key(), product.name(), product.imageUrl(),
                sku == null ? null : sku.price(), sku != null && sku.inStock());
    }
}
