package io.kaola.customs.declaration.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.customs.declaration.application.CatalogLookup;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link CatalogLookup} over Dubbo (kaola-product's CatalogService.getSkus, a read: retried twice). */
@Component
public class DubboCatalogLookup implements CatalogLookup {
    @DubboReference(check = false, timeout = 3000, retries = 2)
    private CatalogService catalog;

    @Override
    public List<SkuSnapshot> getSkus(List<String> skuCodes) {
        try {
            return catalog.getSkus(skuCodes);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-product is unreachable, try again shortly");
        }
    }
}
