package io.kaola.pricing.fx.infrastructure;

import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.fx.domain.FxRateRepository;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** {@link FxRateRepository} on table fx_rate through {@link FxRateMapper} (SQL in mapper/FxRateMapper.xml). */
@Repository
public class MyBatisFxRateRepository implements FxRateRepository {
    private final FxRateMapper mapper;

    public MyBatisFxRateRepository(FxRateMapper mapper) { this.mapper = mapper; }

    @Override
    public List<FxRate> findInForce(Collection<String> baseCurrencies, LocalDate date) {
        return mapper.findInForce(baseCurrencies, date);
    }

    @Override
    public FxRate findByKey(String baseCurrency, String quoteCurrency, LocalDate rateDate) {
        return mapper.findByKey(baseCurrency, quoteCurrency, rateDate);
    }

    @Override
    public void upsert(FxRate rate) { mapper.upsert(rate); }
}
