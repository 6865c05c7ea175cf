package io.kaola.pricing.fx.application;

import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.fx.domain.FxRateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dated FX rates to CNY: which one is in force on a day, and setting new ones. */
@Service
public class FxRates {
    private final FxRateRepository rates;
    private final Clock clock;

    public FxRates(FxRateRepository rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** @return today in the business zone (Asia/Shanghai) */
    public LocalDate today() { return LocalDate.now(clock); }

    /**
     * @param currencies supplier currencies (not CNY)
     * @param date       the pricing day
     * @return per currency, the rate with the latest date on or before {@code date}; currencies without one are absent
     */
    public Map<String, FxRate> inForce(Collection<String> currencies, LocalDate date) {
        Map<String, FxRate> byCurrency = new LinkedHashMap<>();
        if (currencies.isEmpty()) return byCurrency;
        for (FxRate rate : rates.findInForce(currencies, date)) byCurrency.put(rate.baseCurrency(), rate);
        return byCurrency;
    }

    /** @return the rate in force today for every currency that has one, sorted by currency */
    public List<FxRate> current() {
        return rates.findInForce(null, today());
    }

    /**
     * Adds a rate, or replaces the one of the same currency and date. Prices already quoted keep theirs.
     *
     * @return the stored rate
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_FX_RATE
     */
    @Transactional
    public FxRate set(String baseCurrency, BigDecimal rate, LocalDate rateDate, String source) {
        FxRate checked = FxRate.checkNew(baseCurrency, rate, rateDate, source);
        rates.upsert(checked);
        return rates.findByKey(checked.baseCurrency(), checked.quoteCurrency(), checked.rateDate());
    }
}
