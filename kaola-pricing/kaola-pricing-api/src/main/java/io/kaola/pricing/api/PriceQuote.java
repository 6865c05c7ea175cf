package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.util.List;

/**
 * The price of a cart in CNY with its breakdown. The shape has room for discounts,
 * tax and shipping (zero until the promotion, cross-border tax and shipping rules
 * arrive). Invariant: {@code total = goods - discount + shipping + tax}, and each
 * of those equals the sum of the same field over the lines.
 *
 * @param lines    per line
 * @param goods    sum of line goods, CNY fen
 * @param discount sum of line discounts (>= 0, subtracted), CNY fen
 * @param shipping shipping fee, CNY fen
 * @param tax      cross-border tax, CNY fen
 * @param total    what the buyer pays, CNY fen
 * @param fxRates  every rate used, one per supplier currency
 */
public record PriceQuote(List<LineQuote> lines, Money goods, Money discount, Money shipping, Money tax, Money total,
                         List<FxRateView> fxRates) implements Serializable {
    public PriceQuote {
        lines = List.copyOf(lines);
        fxRates = List.copyOf(fxRates);
    }

    /**
     * @param skuCode           SKU code
     * @param quantity          >= 1
     * @param supplierUnitPrice list price in the supplier's currency
     * @param fxRate            the rate that converted it
     * @param unitPrice         unit price in CNY fen, rounded HALF_UP once from supplier price × rate
     * @param goods             unitPrice × quantity, CNY fen
     * @param discount          discount on this line (>= 0), CNY fen
     * @param shipping          shipping allocated to this line, CNY fen
     * @param tax               tax on this line, CNY fen
     * @param total             goods - discount + shipping + tax, CNY fen
     */
    public record LineQuote(String skuCode, int quantity, Money supplierUnitPrice, FxRateView fxRate, Money unitPrice,
                            Money goods, Money discount, Money shipping, Money tax, Money total) implements Serializable {}
}
