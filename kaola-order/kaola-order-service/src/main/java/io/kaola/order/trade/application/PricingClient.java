package io.kaola.order.trade.application;

import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.QuoteRequest;

/**
 * kaola-pricing (port; DubboPricingClient in trade/infrastructure): quote and explain are pure, and the quote's
 * limit verdict with its {@link io.kaola.pricing.api.AppliedLimit} is the one home of the per-transaction limits.
 */
public interface PricingClient {

    /**
     * @throws io.kaola.common.error.KaolaException PRICING_NO_FX_RATE, PRICING_INVALID_QUOTE,
     *         PRICING_UNKNOWN_TAX_CATEGORY, CROSSBORDER_TAX_CATEGORY_BLOCKED, passed through
     */
    PriceQuote quote(QuoteRequest request);

    /** The same as {@link #quote}, with every step explained. */
    PriceQuote explain(QuoteRequest request);
}
