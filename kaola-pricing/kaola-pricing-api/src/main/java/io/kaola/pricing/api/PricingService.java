package io.kaola.pricing.api;

import io.kaola.common.error.KaolaException;

import java.util.List;

/** The price engine: FX conversion to CNY now; discounts, tax and shipping arrive with later issues. */
public interface PricingService {

    /**
     * Prices a cart in CNY with the FX rate in force on {@code pricingDate} for each supplier currency
     * (the latest rate dated on or before it). Pure: stores nothing.
     * @return the quote with every rate used
     * @throws KaolaException PRICING_INVALID_QUOTE (empty cart, quantity < 1), PRICING_NO_FX_RATE (no rate for a currency)
     */
    PriceQuote quote(QuoteRequest request) throws KaolaException;

    /** @return the rate in force today for each currency, sorted by currency */
    List<FxRateView> currentFxRates();

    /**
     * Adds (or replaces, for the same currency and date) an FX rate. Orders already placed keep their rate.
     * @return the stored rate
     * @throws KaolaException PRICING_INVALID_FX_RATE (unknown currency, rate <= 0 or more than 6 decimals)
     */
    FxRateView setFxRate(SetFxRateRequest request) throws KaolaException;
}
