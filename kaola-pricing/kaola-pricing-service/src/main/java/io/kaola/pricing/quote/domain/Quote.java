package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.fx.domain.FxRate;

import java.util.List;

/**
 * A priced cart in CNY. Invariant: {@code total = goods - discount + shipping + tax}, on every line
 * and on the cart, and each cart field is the sum of that field over the lines.
 *
 * @param lines    in the cart's order
 * @param goods    sum of line goods
 * @param discount sum of line discounts (>= 0, subtracted)
 * @param shipping sum of line shipping
 * @param tax      sum of line tax
 * @param total    what the buyer pays
 * @param fxRates  every rate used, one per supplier currency, sorted by currency
 */
public record Quote(List<Line> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                    List<FxRate> fxRates) {
    public Quote {
        lines = List.copyOf(lines);
        fxRates = List.copyOf(fxRates);
    }

    /**
     * @param skuCode           SKU code
     * @param quantity          units
     * @param supplierUnitPrice list price in the supplier's currency
     * @param fxRate            the rate that converted it
     * @param unitPrice         CNY fen per unit, rounded once
     * @param goods             unitPrice × quantity
     * @param discount          >= 0, subtracted
     * @param shipping          shipping allocated to the line
     * @param tax               tax on the line
     * @param total             goods - discount + shipping + tax
     */
    public record Line(String skuCode, int quantity, Money supplierUnitPrice, FxRate fxRate, Money unitPrice,
                       Money goods, Money discount, Money shipping, Money tax, Money total) {}
}
