package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingError;
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

/**
 * kaola-pricing stand-in: one fixed rate, EUR 7.812300 dated 2025-01-02; CNY prices pass unchanged;
 * unit price rounded HALF_UP once; no discount, shipping or tax.
 */
@DubboService
public class StandInPricing implements PricingService {
    public static final FxRateView EUR = new FxRateView("EUR", "CNY", new BigDecimal("7.812300"),
            LocalDate.of(2025, 1, 2), "stand-in");

    @Override
    public PriceQuote quote(QuoteRequest request) throws KaolaException {
        Money zero = Money.cny(0);
        Money goods = zero;
        List<PriceQuote.LineQuote> lines = new ArrayList<>();
        Map<String, FxRateView> used = new LinkedHashMap<>();
        for (QuoteRequest.Line line : request.lines()) {
            Money supplier = line.supplierUnitPrice();
            FxRateView fx = null;
            Money unit;
            if (supplier.currency().equals("CNY")) {
                unit = supplier;
            } else if (supplier.currency().equals("EUR")) {
                fx = EUR;
                used.put("EUR", EUR);
                unit = Money.cny(new BigDecimal(supplier.minor()).multiply(fx.rate())
                        .setScale(0, RoundingMode.HALF_UP).longValueExact());
            } else {
                throw PricingError.NO_FX_RATE.exception("no rate for " + supplier.currency());
            }
            Money lineGoods = unit.times(line.quantity());
            lines.add(new PriceQuote.LineQuote(line.skuCode(), line.quantity(), supplier, fx, unit, lineGoods,
                    zero, zero, zero, lineGoods));
            goods = goods.plus(lineGoods);
        }
        return new PriceQuote(lines, goods, zero, zero, zero, goods, List.copyOf(used.values()));
    }

    @Override public List<FxRateView> currentFxRates() { return List.of(EUR); }

    @Override public FxRateView setFxRate(SetFxRateRequest request) { throw new UnsupportedOperationException(); }
}
