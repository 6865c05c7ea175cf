package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cart to price.
 *
 * @param lines       one per SKU, in display order
 * @param pricingDate the day whose FX rates apply (null: today, Asia/Shanghai)
 */
public record QuoteRequest(List<Line> lines, LocalDate pricingDate) implements Serializable {
    public QuoteRequest { lines = List.copyOf(lines); }

    /**
     * @param skuCode           SKU code
     * @param quantity          >= 1
     * @param supplierUnitPrice the SKU's list price in the supplier's currency (minor units)
     */
    public record Line(String skuCode, int quantity, Money supplierUnitPrice) implements Serializable {}
}
