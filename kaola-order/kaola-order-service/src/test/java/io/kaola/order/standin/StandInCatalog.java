package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.pricing.api.NetContent;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-product stand-in for component tests: a fixed catalogue, SKU snapshots only. Every SKU weighs 500 g
 * and holds 50 G; all are importable and GENERAL unless a test puts them otherwise.
 */
@DubboService
public class StandInCatalog implements CatalogService {
    public static final String EUR_1 = "SKU-EUR-1";        // 10.00 EUR
    public static final String EUR_2 = "SKU-EUR-2";        // 25.50 EUR
    public static final String CNY_1 = "SKU-CNY-1";        // 99.00 CNY
    public static final String OFF_SALE = "SKU-OFF";
    public static final String FAIL_WRITE = "SKU-FAIL-WRITE"; // 1.00 CNY; a test makes its item row fail
    public static final String NOT_LISTED = "SKU-NOT-LISTED"; // 10.00 CNY, on sale but not on the positive list
    public static final String TAXED = "SKU-TAXED";           // 200.00 CNY, tax category StandInPricing.TAXED_9_1
    public static final String CNY_1000 = "SKU-CNY-1000";     // 1,000.00 CNY
    public static final String CNY_6000 = "SKU-CNY-6000";     // 6,000.00 CNY: alone, the single-item exception
    public static final String CNY_26000 = "SKU-CNY-26000";   // 26,000.00 CNY: never allowed
    public static final NetContent CONTENT = new NetContent(new BigDecimal("50"), "G");

    private final Map<String, SkuSnapshot> skus = new ConcurrentHashMap<>();

    public StandInCatalog() {
        put(EUR_1, new Money(1000, "EUR"), true);
        put(EUR_2, new Money(2550, "EUR"), true);
        put(CNY_1, Money.cny(9900), true);
        put(OFF_SALE, new Money(500, "EUR"), false);
        put(FAIL_WRITE, Money.cny(100), true);
        put(NOT_LISTED, Money.cny(1_000), true, false, "GENERAL");
        put(TAXED, Money.cny(20_000), true, true, StandInPricing.TAXED_9_1);
        put(CNY_1000, Money.cny(100_000), true);
        put(CNY_6000, Money.cny(600_000), true);
        put(CNY_26000, Money.cny(2_600_000), true);
    }

    public void put(String skuCode, Money supplierPrice, boolean onSale) {
        put(skuCode, supplierPrice, onSale, true, "GENERAL");
    }

    public void put(String skuCode, Money supplierPrice, boolean onSale, boolean importable, String taxCategoryCode) {
        skus.put(skuCode, new SkuSnapshot(skuCode, 1, Map.of("en-US", skuCode), supplierPrice, 500, onSale,
                taxCategoryCode, importable, CONTENT, "33049900"));
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
