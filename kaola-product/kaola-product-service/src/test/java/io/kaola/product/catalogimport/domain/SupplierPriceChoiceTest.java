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
        return new PriceDraft(new Money(minor, currency), country, false, false, null, null);
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
        PriceDraft channel = new PriceDraft(new Money(1, "EUR"), null, true, false, null, null);
        PriceDraft group = new PriceDraft(new Money(2, "EUR"), null, false, true, null, null);

        assertThat(choice.choose(List.of(channel, group, price(3, "GBP", null)), NOW)).contains(new Money(3, "GBP"));
        assertThat(choice.choose(List.of(channel, group), NOW)).isEmpty();
    }

    @Test void prices_outside_their_validity_window_are_ignored() {
        PriceDraft expired = new PriceDraft(new Money(1, "EUR"), null, false, false, null, Instant.parse("2025-01-01T00:00:00Z"));
        PriceDraft future = new PriceDraft(new Money(2, "EUR"), null, false, false, Instant.parse("2026-01-01T00:00:00Z"), null);
        PriceDraft current = new PriceDraft(new Money(3, "EUR"), null, false, false,
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
}
