package io.kaola.pricing.fx.infrastructure;

import io.kaola.pricing.fx.domain.FxRate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Statements on {@code fx_rate} (mapper/FxRateMapper.xml). */
@Mapper
public interface FxRateMapper {

    /**
     * @param baseCurrencies currencies wanted, or null for all
     * @param date           the pricing day
     * @return per base currency, the → CNY rate with the latest rate_date on or before {@code date}, sorted by currency
     */
    List<FxRate> findInForce(@Param("baseCurrencies") Collection<String> baseCurrencies, @Param("date") LocalDate date);

    /** @return the rate of that currency and date, or null */
    FxRate findByKey(@Param("baseCurrency") String baseCurrency, @Param("quoteCurrency") String quoteCurrency,
                     @Param("rateDate") LocalDate rateDate);

    /** Inserts the rate, or replaces rate and source of the same (currency, quote, date). */
    void upsert(FxRate rate);
}
