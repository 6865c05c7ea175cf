package io.kaola.customs;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** kaola-product's CatalogService stood in for: SKUs are whatever the test puts with {@link #sku}. */
@DubboService
public class StandInCatalog implements CatalogService {
    private static final Map<String, SkuSnapshot> SKUS = new ConcurrentHashMap<>();

    /** Makes a SKU known (hsCode null: the catalogue has none), 150 g per unit. */
    public static void sku(String skuCode, String hsCode) {
        SKUS.put(skuCode, new SkuSnapshot(skuCode, 1, Map.of("zh-CN", "面霜 " + skuCode, "en", "Cream"),
                Money.cny(10000), 150, true, "GENERAL", true, null, hsCode));
    }

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) throws KaolaException {
        return skuCodes.stream().map(code -> {
            SkuSnapshot s = SKUS.get(code);
            if (s == null) throw ProductError.UNKNOWN_SKU.exception("unknown SKU " + code);
            return s;
        }).toList();
    }

    @Override public List<CategoryView> listCategories() { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public Page<ProductSummary> listProducts(ListProductsRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public ProductDetail getProductDetail(long spuId) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
