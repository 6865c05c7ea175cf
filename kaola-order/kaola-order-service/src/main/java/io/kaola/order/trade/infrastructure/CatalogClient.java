package io.kaola.order.trade.infrastructure;

import io.kaola.product.api.CatalogService;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

import java.util.List;

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
}
