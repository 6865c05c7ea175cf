package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.application.CatalogClient;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link CatalogClient} over Dubbo: SKU snapshots at checkout (a read, so retried). */
@Component
public class DubboCatalogClient implements CatalogClient {
    @DubboReference(check = false, timeout = 2000, methods = {@Method(name = "getSkus", timeout = 2000, retries = 2)})
    private CatalogService catalog;

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) { return catalog.getSkus(skuCodes); }
}
