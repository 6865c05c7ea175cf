package io.kaola.pricing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One exchange rate: 1 unit of {@code baseCurrency} = {@code rate} units of {@code quoteCurrency}.
 *
 * @param baseCurrency  ISO 4217 code of the supplier currency, e.g. "EUR"
 * @param quoteCurrency ISO 4217 code, always "CNY" for now
 * @param rate          positive, up to 6 decimals (e.g. 7.812300)
 * @param rateDate      the day the rate is valid from (Asia/Shanghai)
 * @param source        where the rate comes from, e.g. "PBOC central parity" or "ops:alice@example.com"
 */
public record FxRateView(String baseCurrency, String quoteCurrency, BigDecimal rate, LocalDate rateDate, String source)
        implements Serializable {}
