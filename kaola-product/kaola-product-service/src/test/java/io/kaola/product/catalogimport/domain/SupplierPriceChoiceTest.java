package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupplierPriceChoiceTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    final SupplierPriceChoice choice = new SupplierPriceChoice(List.of("EUR", "USD", "GBP"));

    static PriceDraft price(long minor, String currency, String country) {
        return new PriceDraft(new Money(minor, currency), country, null, false, null, null);
    }

    static PriceDraft channelPrice(long minor, String currency, String channel) {
        return new PriceDraft(new Money(minor, currency), null, channel, false, null, null);
    }

    @Test void the_currency_earliest_in_the_preference_wins() {
        assertThat(choice.choose(List.of(price(75000, "GBP", "GB"), price(70000, "USD", "US"), price(75000, "EUR", "DE")), NOW))
                .contains(new Money(75000, "EUR"));
        assertThat(choice.choose(List.of(price(75000, "GBP", "GB"), price(70000, "USD", "US")), NOW))
                .contains(new Money(70000, "USD"));
    }

    @Test void a_currency_outside_the_preference_is_taken_when_it_is_the_only_one() {
        assertThat(choice.choose(List.of(price(1200, "JPY", null)), NOW)).contains(new Money(1200, "JPY"));
    }

    @Test void channel_and_customer_group_prices_are_not_list_prices() {
        PriceDraft channel = new PriceDraft(new Money(1, "EUR"), null, "b2b", false, null, null);
        PriceDraft group = new PriceDraft(new Money(2, "EUR"), null, null, true, null, null);

        assertThat(choice.choose(List.of(channel, group, price(3, "GBP", null)), NOW)).contains(new Money(3, "GBP"));
        assertThat(choice.choose(List.of(channel, group), NOW)).isEmpty();
    }

    @Test void prices_outside_their_validity_window_are_ignored() {
        PriceDraft expired = new PriceDraft(new Money(1, "EUR"), null, null, false, null, Instant.parse("2025-01-01T00:00:00Z"));
        PriceDraft future = new PriceDraft(new Money(2, "EUR"), null, null, false, Instant.parse("2026-01-01T00:00:00Z"), null);
        PriceDraft current = new PriceDraft(new Money(3, "EUR"), null, null, false,
                Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z"));

        assertThat(choice.choose(List.of(expired, future, current), NOW)).contains(new Money(3, "EUR"));
    }

    @Test void within_a_currency_a_price_for_no_country_beats_a_country_price() {
        assertThat(choice.choose(List.of(price(10, "EUR", "DE"), price(20, "EUR", null)), NOW)).contains(new Money(20, "EUR"));
        assertThat(choice.choose(List.of(price(10, "EUR", "FR"), price(20, "EUR", "DE")), NOW)).contains(new Money(20, "EUR"));
    }

    @Test void no_price_means_no_supplier_price() {
        assertThat(choice.choose(List.of(), NOW)).isEmpty();
    }

    // ------------------------------------------------------------------ accepted channels (kaola.catalog.price-channels)

    final SupplierPriceChoice withChannels = new SupplierPriceChoice(List.of("EUR", "USD", "GBP"),
            List.of("default-channel", "de-fr-uk"));

    @Test void a_price_without_channel_wins_over_a_price_of_an_accepted_channel() {
        assertThat(withChannels.choose(List.of(channelPrice(1, "EUR", "default-channel"), price(2, "GBP", null)), NOW))
                .contains(new Money(2, "GBP"));
    }

    @Test void without_a_price_without_channel_the_prices_of_an_accepted_channel_are_taken_by_currency_preference() {
        assertThat(withChannels.choose(List.of(channelPrice(7500, "GBP", "default-channel"),
                channelPrice(8500, "USD", "default-channel"), channelPrice(9000, "EUR", "default-channel")), NOW))
                .contains(new Money(9000, "EUR"));
    }

    @Test void prices_of_a_channel_not_listed_are_ignored() {
        assertThat(withChannels.choose(List.of(channelPrice(1, "EUR", "us-large-customers"), channelPrice(2, "USD", "spain")), NOW))
                .isEmpty();
        assertThat(choice.choose(List.of(channelPrice(1, "EUR", "default-channel")), NOW)).as("no channel accepted").isEmpty();
    }

    @Test void the_first_listed_channel_the_sku_has_wins_before_currency_preference() {
        List<PriceDraft> prices = List.of(channelPrice(1, "EUR", "de-fr-uk"), channelPrice(2, "GBP", "default-channel"),
                channelPrice(3, "EUR", "spain"));

        assertThat(withChannels.choose(prices, NOW)).contains(new Money(2, "GBP"));
        assertThat(new SupplierPriceChoice(List.of("EUR"), List.of("spain", "default-channel")).choose(prices, NOW))
                .contains(new Money(3, "EUR"));
        assertThat(withChannels.choose(List.of(channelPrice(1, "EUR", "spain"), channelPrice(4, "GBP", "de-fr-uk")), NOW))
                .contains(new Money(4, "GBP"));
    }

    @Test void channel_prices_follow_the_same_customer_group_and_validity_rules() {
        PriceDraft expiredPlain = new PriceDraft(new Money(1, "EUR"), null, null, false, null, Instant.parse("2025-01-01T00:00:00Z"));
        PriceDraft groupOfChannel = new PriceDraft(new Money(2, "EUR"), null, "default-channel", true, null, null);
        PriceDraft futureOfChannel = new PriceDraft(new Money(3, "EUR"), null, "default-channel", false,
                Instant.parse("2026-01-01T00:00:00Z"), null);
        PriceDraft ofSecondChannel = channelPrice(4, "EUR", "de-fr-uk");

        assertThat(withChannels.choose(List.of(expiredPlain, groupOfChannel, futureOfChannel, ofSecondChannel), NOW))
                .contains(new Money(4, "EUR"));
        assertThat(withChannels.choose(List.of(expiredPlain, groupOfChannel, futureOfChannel), NOW)).isEmpty();
    }
}
