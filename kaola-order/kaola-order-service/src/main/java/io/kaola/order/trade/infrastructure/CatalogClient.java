package io.kaola.order.trade.infrastructure;

import io.kaola.product.api.CatalogService;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** kaola-product over Dubbo: SKU snapshots at checkout (a read, so retried). */
@Component
public class CatalogClient {
    @DubboReference(check = false, timeout = 2000, methods = {@Method(name = "getSkus", timeout = 2000, retries = 2)})
    private CatalogService catalog;

    /**
     * @return one snapshot per code, same order
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU, passed through
     */
    public List<SkuSnapshot> getSkus(List<String> skuCodes) { return catalog.getSkus(skuCodes); }

    /**
     * @return a snapshot for every code, in the order of {@code skuCodes}
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU naming the first code the catalogue lacks
     */
    public List<SkuSnapshot> requireSkus(List<String> skuCodes) {
        Map<String, SkuSnapshot> found = getSkus(skuCodes).stream()
                .collect(Collectors.toMap(SkuSnapshot::skuCode, Function.identity(), (a, b) -> a));
        return skuCodes.stream().map(code -> {
            SkuSnapshot sku = found.get(code);
            if (sku == null) throw ProductError.UNKNOWN_SKU.exception("sku " + code + " is not in the catalogue");
            return sku;
        }).toList();
    }
}
