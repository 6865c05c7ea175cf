package io.kaola.logistics.waybill.application;

import java.util.List;
import java.util.Map;

/** Parcel weights per SKU unit (kaola-product's CatalogService.getSkus). */
public interface SkuWeights {
    /**
     * @param skuCodes distinct SKU codes
     * @return grams per unit, by SKU code
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU; COMMON_SERVICE_UNAVAILABLE
     */
    Map<String, Integer> gramsPerUnit(List<String> skuCodes);
}
