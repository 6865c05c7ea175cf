package io.kaola.order.trade.infrastructure;

import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/** kaola-pricing over Dubbo: quote and explain are pure (store nothing), so they are retried like reads. */
@Component
public class PricingClient {
    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "quote", timeout = 2000, retries = 2),
            @Method(name = "explain", timeout = 3000, retries = 2)})
    private PricingService pricing;

    /**
     * @throws io.kaola.common.error.KaolaException PRICING_NO_FX_RATE, PRICING_INVALID_QUOTE,
     *         PRICING_UNKNOWN_TAX_CATEGORY, CROSSBORDER_TAX_CATEGORY_BLOCKED, passed through
     */
    public PriceQuote quote(QuoteRequest request) { return pricing.quote(request); }

    /** The same as {@link #quote}, with every step explained. */
    public PriceQuote explain(QuoteRequest request) { return pricing.explain(request); }
}
