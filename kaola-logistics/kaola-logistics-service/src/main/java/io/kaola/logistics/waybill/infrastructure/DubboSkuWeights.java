package io.kaola.logistics.waybill.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.logistics.waybill.application.SkuWeights;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.SkuSnapshot;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link SkuWeights} over Dubbo (kaola-product's {@link CatalogService#getSkus}). */
@Component
public class DubboSkuWeights implements SkuWeights {

    @DubboReference(check = false, timeout = 3000, retries = 2)
    private CatalogService catalog;

    @Override
    public Map<String, Integer> gramsPerUnit(List<String> skuCodes) {
        try {
            Map<String, Integer> grams = new HashMap<>();
            for (SkuSnapshot sku : catalog.getSkus(skuCodes)) grams.put(sku.skuCode(), sku.weightGrams());
            return grams;
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-product is unreachable, try again shortly");
        }
    }
}
