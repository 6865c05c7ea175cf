package io.kaola.pricing.fx.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An exchange rate: 1 unit of {@code baseCurrency} = {@code rate} units of {@code quoteCurrency}, and the one
 * conversion of a supplier price to CNY ({@link #toCny}).
 * <p>
 * Rounding rule: the CNY amount is {@code supplierMinor / 10^d × rate}, where d is the supplier currency's ISO 4217
 * fraction digits (2 for EUR/USD/GBP, 0 for JPY/KRW), rounded to whole fen {@link RoundingMode#HALF_UP} exactly
 * once ({@link #ROUNDING}); prices convert per unit, so a line is that unit price × quantity (docs/adr/0006-money.md).
 *
 * @param baseCurrency  ISO 4217 code of the supplier currency, e.g. "EUR"
 * @param quoteCurrency ISO 4217 code, "CNY"
 * @param rate          positive, 6 decimals
 * @param rateDate      first day (Asia/Shanghai) the rate applies; it applies until a later-dated one
 * @param source        who or what set it
 */
public record FxRate(String baseCurrency, String quoteCurrency, BigDecimal rate, LocalDate rateDate, String source) {
    /** Every price is quoted in CNY. */
    public static final String CNY = "CNY";
    /** Decimals stored for a rate (column DECIMAL(18,6)). */
    public static final int RATE_SCALE = 6;
    /** Largest rate the column holds: 12 integer digits. */
    private static final BigDecimal RATE_LIMIT = BigDecimal.TEN.pow(18 - RATE_SCALE);
    /** Width of the source column. */
    public static final int MAX_SOURCE_LENGTH = 200;
    /** The one rounding of a conversion, to whole fen. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final int FEN_DIGITS = 2;

    /**
     * Converts a supplier price at this rate.
     *
     * @param supplierPrice an amount in {@code baseCurrency}, in its minor units (a CNY price at the identity rate)
     * @return the amount in CNY fen, rounded {@link #ROUNDING} once
     * @throws IllegalArgumentException when the price is not in {@code baseCurrency}
     * @throws ArithmeticException      when the result does not fit in a long
     */
    public Money toCny(Money supplierPrice) {
        if (!baseCurrency.equals(supplierPrice.currency())) {
            throw new IllegalArgumentException("a " + baseCurrency + " rate cannot convert " + supplierPrice);
        }
        BigDecimal major = BigDecimal.valueOf(supplierPrice.minor(), supplierPrice.fractionDigits());
        return Money.cny(major.multiply(rate).setScale(FEN_DIGITS, ROUNDING).movePointRight(FEN_DIGITS).longValueExact());
    }

    /**
     * @param date the pricing date
     * @return CNY → CNY at 1, the implicit rate of a price already in CNY
     */
    public static FxRate identity(LocalDate date) {
        return new FxRate(CNY, CNY, BigDecimal.ONE.setScale(RATE_SCALE), date, "identity");
    }

    /**
     * Checks a rate set by ops before it is stored.
     *
     * @param baseCurrency ISO 4217 code other than CNY
     * @param rate         CNY per unit, > 0, at most 6 decimals (trailing zeros do not count)
     * @param rateDate     first day it applies, required
     * @param source       who sets it; blank is stored as "unspecified"
     * @return the rate to store, with its rate at scale 6
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_FX_RATE naming what is wrong
     */
    public static FxRate checkNew(String baseCurrency, BigDecimal rate, LocalDate rateDate, String source) {
        if (baseCurrency == null || !baseCurrency.matches("[A-Z]{3}") || !isIsoCurrency(baseCurrency)) {
            throw PricingError.INVALID_FX_RATE.exception("baseCurrency must be an upper-case ISO 4217 code, was " + baseCurrency);
        }
        if (CNY.equals(baseCurrency)) {
            throw PricingError.INVALID_FX_RATE.exception("CNY is the quote currency; its rate is always 1");
        }
        if (rate == null || rate.signum() <= 0) {
            throw PricingError.INVALID_FX_RATE.exception("rate must be positive, was " + rate);
        }
        if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
            throw PricingError.INVALID_FX_RATE.exception("rate may have at most " + RATE_SCALE + " decimals, was "
                    + rate.toPlainString());
        }
        if (rate.compareTo(RATE_LIMIT) >= 0) {
            throw PricingError.INVALID_FX_RATE.exception("rate must be below " + RATE_LIMIT.toPlainString());
        }
        if (rateDate == null) {
            throw PricingError.INVALID_FX_RATE.exception("rateDate is required");
        }
        String who = source == null || source.isBlank() ? "unspecified" : source.strip();
        if (who.length() > MAX_SOURCE_LENGTH) {
            throw PricingError.INVALID_FX_RATE.exception("source may have at most " + MAX_SOURCE_LENGTH + " characters");
        }
        return new FxRate(baseCurrency, CNY, rate.setScale(RATE_SCALE), rateDate, who);
    }

    /**
     * The one currency check of kaola-pricing: a supplier price and a rate must both be in a currency this accepts.
     *
     * @param code e.g. "EUR"
     * @return true for an ISO 4217 currency with minor units of its own (0 or more fraction digits: EUR, JPY), false
     *         for null, unknown codes and ISO entries that are no money (XAU gold, XXX "no currency")
     */
    public static boolean isIsoCurrency(String code) {
        if (code == null) return false;
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
