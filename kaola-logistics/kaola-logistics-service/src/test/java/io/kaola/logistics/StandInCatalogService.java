package io.kaola.logistics;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** kaola-product stood in for: SKU weights are whatever the test puts with {@link #weigh}. */
@DubboService
public class StandInCatalogService implements CatalogService {
    private static final Map<String, Integer> GRAMS = new ConcurrentHashMap<>();

    static void weigh(String skuCode, int gramsPerUnit) { GRAMS.put(skuCode, gramsPerUnit); }

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) throws KaolaException {
        List<SkuSnapshot> out = new ArrayList<>();
        for (String code : skuCodes) {
            Integer grams = GRAMS.get(code);
            if (grams == null) throw ProductError.UNKNOWN_SKU.exception("unknown SKU " + code);
            out.add(new SkuSnapshot(code, 1L, Map.of("zh-CN", code), Money.cny(100), grams, true));
        }
        return out;
    }

    @Override
    public List<CategoryView> listCategories() { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public Page<ProductSummary> listProducts(ListProductsRequest request) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public ProductDetail getProductDetail(long spuId) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
