package io.kaola.product.testsupport;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.ShippingRuleView;
import io.kaola.pricing.api.TaxCategoryView;
import org.apache.dubbo.config.annotation.DubboService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for kaola-pricing's admin service in component tests: the seeded tax categories (codes and
 * VAT only matter here), no shipping rules.
 */
@DubboService
public class FixedTaxCategories implements PricingAdminService {
    private final Map<String, TaxCategoryView> categories = new ConcurrentHashMap<>();
    private volatile boolean down;

    public FixedTaxCategories() {
        for (String code : List.of("GENERAL", "REDUCED_9", "COSMETICS", "JEWELLERY_JADE", "WINE", "PRECIOUS_JEWELLERY",
                "WATCH", "BEER_SPIRITS")) {
            categories.put(code, new TaxCategoryView(code, code, new BigDecimal(code.equals("REDUCED_9") ? "0.09" : "0.13"),
                    BigDecimal.ZERO, "NONE", null, null, new BigDecimal("0.10"), code.equals("BEER_SPIRITS"), "test"));
        }
    }

    /** @param down true makes every call fail as an unreachable service would */
    public void setDown(boolean down) { this.down = down; }

    @Override
    public List<TaxCategoryView> listTaxCategories() {
        if (down) throw CommonError.SERVICE_UNAVAILABLE.exception("pricing is down (test)");
        return List.copyOf(new TreeMap<>(categories).values());
    }

    @Override
    public TaxCategoryView setTaxCategory(TaxCategoryView category) throws KaolaException {
        categories.put(category.code(), category);
        return category;
    }

    @Override
    public List<ShippingRuleView> listShippingRules() { return List.of(); }

    @Override
    public ShippingRuleView setShippingRule(ShippingRuleView rule) throws KaolaException { return rule; }
}
