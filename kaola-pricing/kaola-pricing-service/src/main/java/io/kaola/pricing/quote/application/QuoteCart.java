package io.kaola.pricing.quote.application;

import io.kaola.pricing.fx.application.FxRates;
import io.kaola.pricing.quote.domain.CartLine;
import io.kaola.pricing.quote.domain.PriceCalculator;
import io.kaola.pricing.quote.domain.Quote;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** Prices a cart with the rates in force on its pricing day. Stores nothing. */
@Service
public class QuoteCart {
    private final FxRates fxRates;
    private final PriceCalculator calculator = new PriceCalculator();

    public QuoteCart(FxRates fxRates) { this.fxRates = fxRates; }

    /**
     * @param lines       the cart
     * @param pricingDate the day whose rates apply; null for today (Asia/Shanghai)
     * @return the quote in CNY fen
     * @throws io.kaola.common.error.KaolaException PRICING_INVALID_QUOTE, PRICING_NO_FX_RATE
     */
    public Quote quote(List<CartLine> lines, LocalDate pricingDate) {
        calculator.checkCart(lines);
        LocalDate day = pricingDate != null ? pricingDate : fxRates.today();
        return calculator.quote(lines, day, fxRates.inForce(calculator.foreignCurrencies(lines), day));
    }
}
