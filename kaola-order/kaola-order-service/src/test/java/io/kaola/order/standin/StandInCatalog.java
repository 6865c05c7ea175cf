package io.kaola.order.standin;

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

/** kaola-product stand-in for component tests: a fixed catalogue, SKU snapshots only. */
@DubboService
public class StandInCatalog implements CatalogService {
    public static final String EUR_1 = "SKU-EUR-1";        // 10.00 EUR
    public static final String EUR_2 = "SKU-EUR-2";        // 25.50 EUR
    public static final String CNY_1 = "SKU-CNY-1";        // 99.00 CNY
    public static final String OFF_SALE = "SKU-OFF";
    public static final String FAIL_WRITE = "SKU-FAIL-WRITE"; // 1.00 CNY; a test makes its item row fail

    private final Map<String, SkuSnapshot> skus = new ConcurrentHashMap<>();

    public StandInCatalog() {
        put(EUR_1, new Money(1000, "EUR"), true);
        put(EUR_2, new Money(2550, "EUR"), true);
        put(CNY_1, Money.cny(9900), true);
        put(OFF_SALE, new Money(500, "EUR"), false);
        put(FAIL_WRITE, Money.cny(100), true);
    }

    public void put(String skuCode, Money supplierPrice, boolean onSale) {
        skus.put(skuCode, new SkuSnapshot(skuCode, 1, Map.of("en-US", skuCode), supplierPrice, 500, onSale));
    }

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) throws KaolaException {
        return skuCodes.stream().map(code -> {
            SkuSnapshot sku = skus.get(code);
            if (sku == null) throw ProductError.UNKNOWN_SKU.exception("unknown sku " + code);
            return sku;
        }).toList();
    }

    @Override public List<CategoryView> listCategories() { throw new UnsupportedOperationException(); }

    @Override public Page<ProductSummary> listProducts(ListProductsRequest request) { throw new UnsupportedOperationException(); }

    @Override public ProductDetail getProductDetail(long spuId) { throw new UnsupportedOperationException(); }
}
