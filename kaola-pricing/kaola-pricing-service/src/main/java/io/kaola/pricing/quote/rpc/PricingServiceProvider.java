package io.kaola.pricing.quote.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.pricing.api.SetFxRateRequest;
import io.kaola.pricing.fx.application.FxRates;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.quote.application.QuoteCart;
import io.kaola.pricing.quote.domain.CartLine;
import io.kaola.pricing.quote.domain.Quote;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** Dubbo face of the price engine: maps the api records to the use cases and back. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "quote", timeout = 2000, retries = 2),          // pure: safe to retry
        @Method(name = "explain", timeout = 2000, retries = 2),
        @Method(name = "currentFxRates", timeout = 2000, retries = 2),
        @Method(name = "setFxRate", timeout = 3000)})
public class PricingServiceProvider implements PricingService {
    private final QuoteCart quoteCart;
    private final FxRates fxRates;

    public PricingServiceProvider(QuoteCart quoteCart, FxRates fxRates) {
        this.quoteCart = quoteCart;
        this.fxRates = fxRates;
    }

    @Override
    public PriceQuote quote(QuoteRequest request) throws KaolaException {
        return price(request, false);
    }

    @Override
    public PriceQuote explain(QuoteRequest request) throws KaolaException {
        return price(request, true);
    }

    @Override
    public List<FxRateView> currentFxRates() {
        return fxRates.current().stream().map(PricingServiceProvider::toView).toList();
    }

    @Override
    public FxRateView setFxRate(SetFxRateRequest request) throws KaolaException {
        if (request == null) throw PricingError.INVALID_FX_RATE.exception("a rate is required");
        return toView(fxRates.set(request.baseCurrency(), request.rate(), request.rateDate(), request.source()));
    }

    private PriceQuote price(QuoteRequest request, boolean explain) {
        if (request == null) throw PricingError.INVALID_QUOTE.exception("a quote request is required");
        List<CartLine> lines = request.lines().stream()
                .map(l -> l == null ? null : new CartLine(l.skuCode(), l.quantity(), l.supplierUnitPrice(),
                        l.taxCategoryCode(), l.weightGrams(), l.netContent(), l.spuId(), l.categoryKeys()))
                .toList();
        Quote quote = quoteCart.quote(lines, request.pricingDate(), request.warehouseCode(), request.activities(),
                request.coupon(), explain);
        return new PriceQuote(quote.lines().stream().map(PricingServiceProvider::toView).toList(), quote.goods(),
                quote.discount(), quote.shipping(), quote.tax(), quote.total(),
                quote.fxRates().stream().map(PricingServiceProvider::toView).toList(), quote.dutiableValue(),
                quote.taxBreakdown(), quote.limitVerdict(), quote.steps(), quote.appliedLimit(), quote.coupon());
    }

    private static PriceQuote.LineQuote toView(Quote.Line l) {
        return new PriceQuote.LineQuote(l.skuCode(), l.quantity(), l.supplierUnitPrice(), toView(l.fxRate()), l.unitPrice(),
                l.goods(), l.discount(), l.shipping(), l.tax(), l.total(), l.dutiableValue(), l.taxBreakdown(),
                l.reductions());
    }

    private static FxRateView toView(FxRate r) {
        return new FxRateView(r.baseCurrency(), r.quoteCurrency(), r.rate(), r.rateDate(), r.source());
    }
}
