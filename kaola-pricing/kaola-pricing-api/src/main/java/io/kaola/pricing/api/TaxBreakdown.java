package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Cross-border comprehensive tax of one line (or the order, summed), CNY fen, each component rounded
 * HALF_UP to the fen per line and then summed.
 *
 * @param taxCategoryCode tax category of the line (null on the order total)
 * @param tariff          customs duty (0 within the limits)
 * @param consumptionTax  consumption tax (消费税)
 * @param vat             import VAT (增值税)
 * @param tariffRate      MFN tariff rate applied (0 within the limits)
 * @param consumptionTaxRate statutory CT rate applied (0 when not levied, e.g. cosmetics under the threshold)
 * @param vatRate         statutory VAT rate
 * @param levyFactor      0.7 within the limits (70% of the statutory amount), 1 in full
 */
public record TaxBreakdown(String taxCategoryCode, Money tariff, Money consumptionTax, Money vat, BigDecimal tariffRate,
                           BigDecimal consumptionTaxRate, BigDecimal vatRate, BigDecimal levyFactor) implements Serializable {
    /** @return tariff + consumption tax + VAT */
    public Money total() { return tariff.plus(consumptionTax).plus(vat); }

    /** @return a zero breakdown in CNY */
    public static TaxBreakdown none() {
        return new TaxBreakdown(null, Money.cny(0), Money.cny(0), Money.cny(0), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
