package io.kaola.customs.declaration.application;

import io.kaola.product.api.SkuSnapshot;

import java.util.List;

/** kaola-product as customs needs it: names, HS codes and weights of an order's SKUs. */
public interface CatalogLookup {
    /**
     * @param skuCodes distinct SKU codes
     * @return one snapshot per code, same order
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU; COMMON_SERVICE_UNAVAILABLE when unreachable
     */
    List<SkuSnapshot> getSkus(List<String> skuCodes);
}
