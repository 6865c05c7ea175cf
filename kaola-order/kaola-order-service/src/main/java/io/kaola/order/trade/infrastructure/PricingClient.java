package io.kaola.order.trade.infrastructure;

import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/** kaola-pricing over Dubbo: quote is pure (stores nothing), so it is retried like a read. */
@Component
public class PricingClient {
    @DubboReference(check = false, timeout = 2000, methods = {@Method(name = "quote", timeout = 2000, retries = 2)})
    private PricingService pricing;

    /** @throws io.kaola.common.error.KaolaException PRICING_NO_FX_RATE, PRICING_INVALID_QUOTE, passed through */
    public PriceQuote quote(QuoteRequest request) { return pricing.quote(request); }
}
