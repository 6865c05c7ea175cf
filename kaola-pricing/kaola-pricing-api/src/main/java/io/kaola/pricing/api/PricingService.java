package io.kaola.pricing.api;

import io.kaola.common.error.KaolaException;

import java.util.List;

/**
 * The price engine: FX conversion to CNY, shipping by warehouse and weight, cross-border comprehensive tax
 * (tariff, consumption tax, VAT; 财关税〔2016〕18号, 财关税〔2018〕49号) and the per-transaction limit verdict.
 * The quote never refuses for the limit: it reports {@link LimitVerdict}, and the order refuses.
 * @throws KaolaException on every method: PRICING_UNKNOWN_TAX_CATEGORY for a line whose category is unknown;
 *         CROSSBORDER_TAX_CATEGORY_BLOCKED for a blocked category
 */
public interface PricingService {

    /**
     * Prices a cart in CNY with the FX rate in force on {@code pricingDate} for each supplier currency
     * (the latest rate dated on or before it). Pure: stores nothing.
     * @return the quote with every rate used
     * @throws KaolaException PRICING_INVALID_QUOTE (empty cart, quantity < 1), PRICING_NO_FX_RATE (no rate for a currency)
     */
    PriceQuote quote(QuoteRequest request) throws KaolaException;

    /**
     * The same computation as {@link #quote}, with every step explained ({@link PriceQuote#steps()}):
     * inputs, formula, rate and rule source. Stores nothing.
     * @throws KaolaException as {@link #quote}
     */
    PriceQuote explain(QuoteRequest request) throws KaolaException;

    /** @return the rate in force today for each currency, sorted by currency */
    List<FxRateView> currentFxRates();

    /**
     * Adds (or replaces, for the same currency and date) an FX rate. Orders already placed keep their rate.
     * @return the stored rate
     * @throws KaolaException PRICING_INVALID_FX_RATE (unknown currency, rate <= 0 or more than 6 decimals)
     */
    FxRateView setFxRate(SetFxRateRequest request) throws KaolaException;
}
