package io.kaola.pricing.quote.domain;

import io.kaola.common.error.CrossBorderError;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.tax.domain.TaxCategory;

import java.util.Map;

/**
 * The ops settings one price computation uses.
 *
 * @param taxCategories      every tax category by code
 * @param warehouseCode      the warehouse asked for (the default one when the request named none)
 * @param shippingRule       that warehouse's rule, or the default warehouse's when it has none
 * @param defaultWeightGrams weight of a unit whose catalogue weight is unknown, >= 1
 */
public record PricingRules(Map<String, TaxCategory> taxCategories, String warehouseCode, ShippingRule shippingRule,
                           int defaultWeightGrams) {
    public PricingRules {
        taxCategories = Map.copyOf(taxCategories);
        if (defaultWeightGrams < 1) throw new IllegalArgumentException("defaultWeightGrams must be >= 1");
    }

    /**
     * @param code    a line's category code (null: GENERAL)
     * @param skuCode the line, named in errors
     * @return the category
     * @throws io.kaola.common.error.KaolaException PRICING_UNKNOWN_TAX_CATEGORY; CROSSBORDER_TAX_CATEGORY_BLOCKED
     */
    public TaxCategory categoryOf(String code, String skuCode) {
        String wanted = code == null ? TaxCategory.GENERAL : code;
        TaxCategory category = taxCategories.get(wanted);
        if (category == null) {
            throw PricingError.UNKNOWN_TAX_CATEGORY.exception("sku " + skuCode + " has tax category " + wanted
                    + ", which is not configured; ops can add it or correct the SKU's category").with("skuCode", skuCode)
                    .with("taxCategoryCode", wanted);
        }
        if (category.blocked()) {
            throw CrossBorderError.TAX_CATEGORY_BLOCKED.exception("sku " + skuCode + " is in tax category " + wanted
                    + " (" + category.name() + "), which is not sold through cross-border retail import")
                    .with("skuCode", skuCode).with("taxCategoryCode", wanted);
        }
        return category;
    }
}
