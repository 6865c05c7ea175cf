package io.kaola.pricing.fx.domain;

import io.kaola.pricing.api.PricingError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An exchange rate: 1 unit of {@code baseCurrency} = {@code rate} units of {@code quoteCurrency}.
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

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
