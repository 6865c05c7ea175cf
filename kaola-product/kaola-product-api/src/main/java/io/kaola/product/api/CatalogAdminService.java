package io.kaola.product.api;

import io.kaola.common.error.KaolaException;

/** Ops edits of the cross-border data of products and SKUs. Each change evicts the cached detail. */
public interface CatalogAdminService {

    /**
     * @return the product detail after the change
     * @throws KaolaException PRODUCT_NOT_FOUND; PRICING_UNKNOWN_TAX_CATEGORY; PRODUCT_INVALID_TAX_PROFILE (bad HS code)
     */
    ProductDetail updateTaxProfile(UpdateTaxProfileRequest request) throws KaolaException;

    /**
     * @return the SKU after the change
     * @throws KaolaException PRODUCT_UNKNOWN_SKU; PRODUCT_INVALID_TAX_PROFILE (quantity <= 0, unknown unit)
     */
    SkuSnapshot updateSkuContent(UpdateSkuContentRequest request) throws KaolaException;
}
