package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the one supplier list price of a SKU among its commercetools prices. A cross-border
 * shop sells to every buyer at one list price, converted to CNY by kaola-pricing, so:
 * <ul>
 *   <li>prices limited to a customer group are not list prices: ignored;</li>
 *   <li>prices whose validity window does not cover now are ignored;</li>
 *   <li>tiers (volume prices) and {@code discounted} are ignored: the base value is the price of one unit;</li>
 *   <li>a price without channel wins; only when a SKU has none, the prices of the accepted channels
 *       ({@code kaola.catalog.price-channels}) are taken, the first listed channel the SKU has prices
 *       in; prices of other channels are ignored (B2B catalogues such as commercetools' b2b sample
 *       price everything per channel);</li>
 *   <li>among the prices of that one group, the currency earliest in the configured preference wins
 *       (then any other currency, alphabetically); then a price for no particular country; then the
 *       country code alphabetically; then the dated price (a window is more specific than none); then
 *       the first in the file.</li>
 * </ul>
 */
public final class SupplierPriceChoice {
    private final List<String> currencyPreference;
    private final List<String> channels;

    /**
     * @param currencyPreference ISO 4217 codes, most preferred first (e.g. EUR, USD, GBP)
     * @param channels           distribution channel keys whose prices count when a SKU has no price
     *                           without channel, in order of preference (e.g. default-channel); empty: none
     */
    public SupplierPriceChoice(List<String> currencyPreference, List<String> channels) {
        this.currencyPreference = List.copyOf(currencyPreference);
        this.channels = List.copyOf(channels);
    }

    /** A choice that takes prices without channel only. */
    public SupplierPriceChoice(List<String> currencyPreference) {
        this(currencyPreference, List.of());
    }

    /**
     * @param prices the SKU's prices in file order
     * @param now    the instant the validity windows are checked against
     * @return the chosen price, empty when none is usable (the SKU is then not on sale)
     */
    public Optional<Money> choose(List<PriceDraft> prices, Instant now) {
        List<PriceDraft> usable = prices.stream()
                .filter(p -> !p.hasCustomerGroup())
                .filter(p -> p.isValidAt(now))
                .toList();
        Optional<Money> withoutChannel = best(usable, p -> !p.hasChannel());
        if (withoutChannel.isPresent()) return withoutChannel;
        for (String channel : channels) {
            Optional<Money> ofChannel = best(usable, p -> channel.equals(p.channel()));
            if (ofChannel.isPresent()) return ofChannel;
        }
        return Optional.empty();
    }

    private Optional<Money> best(List<PriceDraft> prices, Predicate<PriceDraft> group) {
        Comparator<PriceDraft> order = Comparator
                .comparingInt((PriceDraft p) -> currencyRank(p.value().currency()))
                .thenComparing(p -> p.value().currency())
                .thenComparing(p -> p.country() != null)
                .thenComparing(p -> p.country() == null ? "" : p.country())
                .thenComparing(p -> p.validFrom() == null && p.validUntil() == null);
        // Stream.min keeps the first of equal elements, so file order breaks the last ties.
        return prices.stream().filter(group).min(order).map(PriceDraft::value);
    }

    private int currencyRank(String currency) {
        int rank = currencyPreference.indexOf(currency);
        return rank < 0 ? currencyPreference.size() : rank;
    }
}
