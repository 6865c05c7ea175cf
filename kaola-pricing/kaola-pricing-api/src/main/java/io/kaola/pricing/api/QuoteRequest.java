package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cart to price.
 *
 * @param lines         one per SKU, in display order
 * @param pricingDate   the day whose FX rates apply (null: today, Asia/Shanghai)
 * @param warehouseCode bonded warehouse that ships the parcel, for the shipping fee (null: the default)
 */
public record QuoteRequest(List<Line> lines, LocalDate pricingDate, String warehouseCode) implements Serializable {
    public QuoteRequest { lines = List.copyOf(lines); }

    /** A request without a warehouse (the default bonded warehouse). */
    public QuoteRequest(List<Line> lines, LocalDate pricingDate) { this(lines, pricingDate, null); }

    /**
     * @param skuCode           SKU code
     * @param quantity          >= 1
     * @param supplierUnitPrice the SKU's list price in the supplier's currency (minor units)
     * @param taxCategoryCode   cross-border tax category (null: GENERAL)
     * @param weightGrams       parcel weight per unit in grams (0: the configured default)
     * @param netContent        net content per unit, for per-unit tax tests (null: unknown)
     */
    public record Line(String skuCode, int quantity, Money supplierUnitPrice, String taxCategoryCode, int weightGrams,
                       NetContent netContent) implements Serializable {
        /** A line with the default tax category, weight and no net content. */
        public Line(String skuCode, int quantity, Money supplierUnitPrice) {
            this(skuCode, quantity, supplierUnitPrice, null, 0, null);
        }
    }
}
