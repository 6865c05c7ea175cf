package io.kaola.pricing.fx.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The stored FX rates to CNY (port; MyBatis implementation in fx/infrastructure). */
public interface FxRateRepository {

    /**
     * @param baseCurrencies currencies wanted, or null for all
     * @param date           the pricing day
     * @return per base currency, the → CNY rate with the latest rate date on or before {@code date}, sorted by currency
     */
    List<FxRate> findInForce(Collection<String> baseCurrencies, LocalDate date);

    /** @return the rate of that currency, quote currency and date, or null */
    FxRate findByKey(String baseCurrency, String quoteCurrency, LocalDate rateDate);

    /** Inserts the rate, or replaces rate and source of the same (currency, quote, date). */
    void upsert(FxRate rate);
}
