package io.kaola.product.testsupport;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.pricing.api.SetFxRateRequest;
import org.apache.dubbo.config.annotation.DubboService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stands in for kaola-pricing in component tests: 1 unit of any currency = 7.8 CNY, no discount, tax or shipping. */
@DubboService
public class FixedRatePricing implements PricingService {
    public static final BigDecimal RATE = new BigDecimal("7.8");
    static final LocalDate RATE_DATE = LocalDate.of(2025, 1, 1);

    /** @return CNY fen of one unit of {@code supplierPrice}, HALF_UP once */
    public static Money cny(Money supplierPrice) {
        return Money.cny(supplierPrice.toMajor().multiply(RATE).setScale(2, RoundingMode.HALF_UP).movePointRight(2)
                .longValueExact());
    }

    @Override
    public PriceQuote quote(QuoteRequest request) throws KaolaException {
        List<PriceQuote.LineQuote> lines = new ArrayList<>();
        Map<String, FxRateView> rates = new LinkedHashMap<>();
        long total = 0;
        for (QuoteRequest.Line line : request.lines()) {
            FxRateView rate = rates.computeIfAbsent(line.supplierUnitPrice().currency(),
                    c -> new FxRateView(c, "CNY", RATE, RATE_DATE, "test"));
            Money unit = cny(line.supplierUnitPrice());
            Money goods = unit.times(line.quantity());
            lines.add(new PriceQuote.LineQuote(line.skuCode(), line.quantity(), line.supplierUnitPrice(), rate, unit, goods,
                    Money.cny(0), Money.cny(0), Money.cny(0), goods));
            total += goods.minor();
        }
        return new PriceQuote(lines, Money.cny(total), Money.cny(0), Money.cny(0), Money.cny(0), Money.cny(total),
                new ArrayList<>(rates.values()));
    }

    /** The same quote: this stand-in has no steps to explain (no tax, no shipping). */
    @Override
    public PriceQuote explain(QuoteRequest request) throws KaolaException { return quote(request); }

    @Override
    public List<FxRateView> currentFxRates() { return List.of(); }

    @Override
    public FxRateView setFxRate(SetFxRateRequest request) throws KaolaException {
        return new FxRateView(request.baseCurrency(), "CNY", request.rate(), request.rateDate(), request.source());
    }
}
