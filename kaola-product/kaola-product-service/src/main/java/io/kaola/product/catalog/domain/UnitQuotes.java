package io.kaola.product.catalog.domain;

import io.kaola.pricing.api.PriceQuote;

import java.util.Map;

/**
 * kaola-pricing's CNY quotes of one unit of each SKU of a product, for its detail.
 *
 * @param lines    quoted line by SKU code; SKUs whose currency could not be quoted are absent
 * @param complete false when some currency could not be quoted (the detail is then served but not cached)
 * @param pricingDown true when kaola-pricing itself failed (no provider, timeout, an unexpected error), as opposed to
 *                 refusing a currency (no FX rate): what counts against its circuit breaker
 */
public record UnitQuotes(Map<String, PriceQuote.LineQuote> lines, boolean complete, boolean pricingDown) {
    /** Quotes where a missing currency is a refusal, not an outage. */
    public UnitQuotes(Map<String, PriceQuote.LineQuote> lines, boolean complete) { this(lines, complete, false); }
}
