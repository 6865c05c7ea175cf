package io.kaola.pricing.fx.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.kaola.pricing.config.PricingProperties;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.fx.domain.FxRateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated FX rates to CNY: which one is in force on a day, and setting new ones. The rates in force on a day are
 * read from the table at most once per {@code kaola.pricing.rules-cache-ttl} (a quote never reads the database
 * for them); a rate set through this instance applies at once, one set through another instance after that delay.
 */
@Service
public class FxRates {
    private final FxRateRepository rates;
    private final Clock clock;
    /** pricing day → every currency's rate in force that day */
    private final LoadingCache<LocalDate, Map<String, FxRate>> inForceByDay;

    public FxRates(FxRateRepository rates, Clock clock, PricingProperties properties) {
        this.rates = rates;
        this.clock = clock;
        this.inForceByDay = Caffeine.newBuilder().maximumSize(64).expireAfterWrite(properties.rulesCacheTtl())
                .build(this::load);
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
        Map<String, FxRate> all = inForceByDay.get(date);
        for (String currency : currencies) {
            FxRate rate = all.get(currency);
            if (rate != null) byCurrency.put(currency, rate);
        }
        return byCurrency;
    }

    /** @return the rate in force today for every currency that has one, sorted by currency */
    public List<FxRate> current() {
        return rates.findInForce(null, today());
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override public void afterCommit() { action.run(); }
        });
    }

    private Map<String, FxRate> load(LocalDate date) {
        Map<String, FxRate> byCurrency = new LinkedHashMap<>();
        for (FxRate rate : rates.findInForce(null, date)) byCurrency.put(rate.baseCurrency(), rate);
        return Collections.unmodifiableMap(byCurrency);
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
        afterCommit(inForceByDay::invalidateAll);   // invalidated before the commit, a racing quote could re-cache the old rate
        return rates.findByKey(checked.baseCurrency(), checked.quoteCurrency(), checked.rateDate());
    }
}
