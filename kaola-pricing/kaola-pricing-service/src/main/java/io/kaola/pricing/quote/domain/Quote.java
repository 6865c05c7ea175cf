package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.LineReduction;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.TaxBreakdown;
import io.kaola.pricing.fx.domain.FxRate;

import java.util.List;

/**
 * A priced cart in CNY. Invariant: {@code total = goods - discount + shipping + tax}, on every line
 * and on the cart, and each cart field is the sum of that field over the lines (tax by kind included).
 *
 * @param lines         in the cart's order
 * @param goods         sum of line goods
 * @param discount      sum of line discounts (>= 0, subtracted; real price reductions only)
 * @param shipping      the parcel's shipping fee = sum of line shipping
 * @param tax           sum of line tax
 * @param total         what the buyer pays
 * @param fxRates       every rate used, one per supplier currency, sorted by currency
 * @param dutiableValue goods - discount + shipping (insurance 0) = sum of line dutiable values
 * @param taxBreakdown  the tax by kind, summed over the lines (rates 0, levy factor of the order)
 * @param limitVerdict  the per-transaction test on the dutiable value
 * @param steps         the explanation, empty unless asked for
 * @param appliedLimit  which limit decided the verdict, its amount and why; null from {@link PriceCalculator#convert}
 *                      (no verdict)
 * @param coupon        what became of the coupon asked for; null when none was asked
 */
public record Quote(List<Line> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                    List<FxRate> fxRates, Money dutiableValue, TaxBreakdown taxBreakdown, LimitVerdict limitVerdict,
                    List<PriceStep> steps, AppliedLimit appliedLimit, CouponOutcome coupon) {
    public Quote {
        lines = List.copyOf(lines);
        fxRates = List.copyOf(fxRates);
        steps = List.copyOf(steps);
    }

    /**
     * @param skuCode           SKU code
     * @param quantity          units
     * @param supplierUnitPrice list price in the supplier's currency
     * @param fxRate            the rate that converted it
     * @param unitPrice         CNY fen per unit, rounded once
     * @param goods             unitPrice × quantity
     * @param discount          >= 0, subtracted
     * @param shipping          freight allocated to the line
     * @param tax               tax on the line (= taxBreakdown.total())
     * @param total             goods - discount + shipping + tax
     * @param dutiableValue     goods - discount + shipping
     * @param taxBreakdown      the line's tax by kind with the rates applied
     * @param reductions        each promotion's share of discount, in the order applied
     */
    public record Line(String skuCode, int quantity, Money supplierUnitPrice, FxRate fxRate, Money unitPrice,
                       Money goods, Money discount, Money shipping, Money tax, Money total, Money dutiableValue,
                       TaxBreakdown taxBreakdown, List<LineReduction> reductions) {
        public Line { reductions = List.copyOf(reductions); }
    }
}
