package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.application.PricingClient;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/** {@link PricingClient} over Dubbo: quote and explain are pure (store nothing), so they are retried like reads. */
@Component
public class DubboPricingClient implements PricingClient {
    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "quote", timeout = 2000, retries = 2),
            @Method(name = "explain", timeout = 3000, retries = 2)})
    private PricingService pricing;

    @Override
    public PriceQuote quote(QuoteRequest request) { return pricing.quote(request); }

    @Override
    public PriceQuote explain(QuoteRequest request) { return pricing.explain(request); }
}
