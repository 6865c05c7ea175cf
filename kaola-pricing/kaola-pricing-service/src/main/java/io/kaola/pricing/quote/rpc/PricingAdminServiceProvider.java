package io.kaola.pricing.quote.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.ShippingRuleView;
import io.kaola.pricing.api.TaxCategoryView;
import io.kaola.pricing.shipping.application.ShippingRules;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.tax.application.TaxCategories;
import io.kaola.pricing.tax.domain.TaxCategory;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** Dubbo face of the ops settings: tax categories and shipping rules. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "listTaxCategories", timeout = 2000, retries = 2),
        @Method(name = "listShippingRules", timeout = 2000, retries = 2),
        @Method(name = "setTaxCategory", timeout = 3000),
        @Method(name = "setShippingRule", timeout = 3000)})
public class PricingAdminServiceProvider implements PricingAdminService {
    private final TaxCategories taxCategories;
    private final ShippingRules shippingRules;

    public PricingAdminServiceProvider(TaxCategories taxCategories, ShippingRules shippingRules) {
        this.taxCategories = taxCategories;
        this.shippingRules = shippingRules;
    }

    @Override
    public List<TaxCategoryView> listTaxCategories() {
        return taxCategories.list().stream().map(PricingAdminServiceProvider::toView).toList();
    }

    @Override
    public TaxCategoryView setTaxCategory(TaxCategoryView c) throws KaolaException {
        if (c == null) throw PricingError.INVALID_TAX_CATEGORY.exception("a tax category is required");
        TaxCategory checked = TaxCategory.checkNew(c.code(), c.name(), c.vatRate(), c.consumptionTaxRate(),
                c.consumptionTaxBasis(), c.thresholdPerUnit(), c.thresholdPerPiece(), c.mfnTariffRate(), c.blocked(),
                c.source());
        return toView(taxCategories.set(checked));
    }

    @Override
    public List<ShippingRuleView> listShippingRules() {
        return shippingRules.list().stream().map(PricingAdminServiceProvider::toView).toList();
    }

    @Override
    public ShippingRuleView setShippingRule(ShippingRuleView r) throws KaolaException {
        if (r == null) throw PricingError.INVALID_SHIPPING_RULE.exception("a shipping rule is required");
        ShippingRule checked = ShippingRule.checkNew(r.warehouseCode(), r.firstWeightGrams(), r.firstFee(),
                r.additionalWeightGrams(), r.additionalFee(), r.freeShippingThreshold());
        return toView(shippingRules.set(checked));
    }

    private static TaxCategoryView toView(TaxCategory c) {
        return new TaxCategoryView(c.code(), c.name(), c.vatRate(), c.consumptionTaxRate(), c.basis().name(),
                c.thresholdPerUnit(), c.thresholdPerPiece(), c.mfnTariffRate(), c.blocked(), c.source());
    }

    private static ShippingRuleView toView(ShippingRule r) {
        return new ShippingRuleView(r.warehouseCode(), r.firstWeightGrams(), r.firstFee(), r.additionalWeightGrams(),
                r.additionalFee(), r.freeShippingThreshold());
    }
}
