package io.kaola.pricing.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param baseCurrency ISO 4217 code, e.g. "EUR"
 * @param rate         CNY per unit of baseCurrency, positive, at most 6 decimals
 * @param rateDate     first day the rate applies
 * @param source       who or what set it (e.g. "ops:alice@example.com")
 */
public record SetFxRateRequest(String baseCurrency, BigDecimal rate, LocalDate rateDate, String source)
        implements Serializable {}
