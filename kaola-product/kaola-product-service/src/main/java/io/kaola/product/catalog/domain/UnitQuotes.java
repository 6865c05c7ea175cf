package io.kaola.product.catalog.domain;

import io.kaola.pricing.api.PriceQuote;

import java.util.Map;

/**
 * kaola-pricing's CNY quotes of one unit of each SKU of a product, for its detail.
 *
 * @param lines    quoted line by SKU code; SKUs whose currency could not be quoted are absent
 * @param complete false when some currency could not be quoted (the detail is then served but not cached)
 */
public record UnitQuotes(Map<String, PriceQuote.LineQuote> lines, boolean complete) {}
