package io.kaola.pricing.quote.application;

import io.kaola.pricing.config.PricingProperties;
import io.kaola.pricing.fx.application.FxRates;
import io.kaola.pricing.quote.domain.CartLine;
import io.kaola.pricing.quote.domain.PriceCalculator;
import io.kaola.pricing.quote.domain.PricingRules;
import io.kaola.pricing.quote.domain.Quote;
import io.kaola.pricing.shipping.application.ShippingRules;
import io.kaola.pricing.tax.application.TaxCategories;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.quote.domain.PromotionPricing;

/**
 * Prices a cart with the rates in force on its pricing day, the warehouse's shipping rule and the tax categories.
 * Quote and explain are the same computation; explain also returns the steps. Stores nothing.
 */
@Service
public class QuoteCart {
    private final FxRates fxRates;
    private final TaxCategories taxCategories;
    private final ShippingRules shippingRules;
    private final PricingProperties properties;
    private final PriceCalculator calculator = new PriceCalculator();

    public QuoteCart(FxRates fxRates, TaxCategories taxCategories, ShippingRules shippingRules,
                     PricingProperties properties) {
        this.fxRates = fxRates;
        this.taxCategories = taxCategories;
        this.shippingRules = shippingRules;
        this.properties = properties;
    }

    /**
     * @param lines         the cart
     * @param pricingDate   the day whose rates apply; null for today (Asia/Shanghai)
     * @param warehouseCode the parcel's bonded warehouse; null for the default
     * @param activities    running activities that may apply, in priority order (empty: none)
     * @param coupon        the shopper's coupon, or null
     * @param explain       true: with every step, its inputs and rule source
     * @return the quote in CNY fen
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE, PRICING_INVALID_PROMOTION,
     *         PRICING_UNKNOWN_TAX_CATEGORY, CROSSBORDER_TAX_CATEGORY_BLOCKED, PRICING_NO_FX_RATE
     */
    public Quote quote(List<CartLine> lines, LocalDate pricingDate, String warehouseCode,
                       List<PromotionOffer> activities, PromotionOffer coupon, boolean explain) {
        calculator.checkCart(lines);
        PromotionPricing.check(activities, coupon);
        LocalDate day = pricingDate != null ? pricingDate : fxRates.today();
        PricingRules rules = new PricingRules(taxCategories.byCode(), shippingRules.warehouseOrDefault(warehouseCode),
                shippingRules.ruleFor(warehouseCode), properties.defaultWeightGrams());
        return calculator.quote(lines, day, fxRates.inForce(calculator.foreignCurrencies(lines), day), rules,
                activities, coupon, explain);
    }
}
