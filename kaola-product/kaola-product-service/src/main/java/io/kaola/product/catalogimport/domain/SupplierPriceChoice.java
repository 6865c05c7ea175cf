package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the one supplier list price of a SKU among its commercetools prices. A cross-border
 * shop sells to every buyer at one list price, converted to CNY by kaola-pricing, so:
 * <ul>
 *   <li>prices limited to a channel or a customer group are not list prices: ignored;</li>
 *   <li>prices whose validity window does not cover now are ignored;</li>
 *   <li>tiers (volume prices) and {@code discounted} are ignored: the base value is the price of one unit;</li>
 *   <li>among the rest, the currency earliest in the configured preference wins (then any other
 *       currency, alphabetically); then a price for no particular country; then the country
 *       code alphabetically; then the dated price (a window is more specific than none); then
 *       the first in the file.</li>
 * </ul>
 */
public final class SupplierPriceChoice {
    private final List<String> currencyPreference;

    /** @param currencyPreference ISO 4217 codes, most preferred first (e.g. EUR, USD, GBP) */
    public SupplierPriceChoice(List<String> currencyPreference) {
        this.currencyPreference = List.copyOf(currencyPreference);
    }

    /**
     * @param prices the SKU's prices in file order
     * @param now    the instant the validity windows are checked against
     * @return the chosen price, empty when none is usable (the SKU is then not on sale)
     */
    public Optional<Money> choose(List<PriceDraft> prices, Instant now) {
        Comparator<PriceDraft> order = Comparator
                .comparingInt((PriceDraft p) -> currencyRank(p.value().currency()))
                .thenComparing(p -> p.value().currency())
                .thenComparing(p -> p.country() != null)
                .thenComparing(p -> p.country() == null ? "" : p.country())
                .thenComparing(p -> p.validFrom() == null && p.validUntil() == null);
        // Stream.min keeps the first of equal elements, so file order breaks the last ties.
        return prices.stream()
                .filter(PriceDraft::isForEveryone)
                .filter(p -> p.isValidAt(now))
                .min(order)
                .map(PriceDraft::value);
    }

    private int currencyRank(String currency) {
        int rank = currencyPreference.indexOf(currency);
        return rank < 0 ? currencyPreference.size() : rank;
    }
}
