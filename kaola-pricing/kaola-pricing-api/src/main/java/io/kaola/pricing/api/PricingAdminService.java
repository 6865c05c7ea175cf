package io.kaola.pricing.api;

import io.kaola.common.error.KaolaException;

import java.util.List;

/** Ops settings of the price engine: tax categories and shipping rules. */
public interface PricingAdminService {

    /** @return every tax category, by code */
    List<TaxCategoryView> listTaxCategories();

    /**
     * Adds or replaces a tax category. Existing orders keep the tax they were sold with.
     * @throws KaolaException PRICING_INVALID_TAX_CATEGORY (rates outside 0..1, unknown basis)
     */
    TaxCategoryView setTaxCategory(TaxCategoryView category) throws KaolaException;

    /** @return the shipping rule of every warehouse */
    List<ShippingRuleView> listShippingRules();

    /**
     * Adds or replaces a warehouse's shipping rule.
     * @throws KaolaException PRICING_INVALID_SHIPPING_RULE (negative fee, weight step < 1)
     */
    ShippingRuleView setShippingRule(ShippingRuleView rule) throws KaolaException;
}
