package io.kaola.pricing.fx.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FxRateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static FxRate usd(String rate) { return new FxRate("USD", "CNY", new BigDecimal(rate), DAY, "test"); }

    @Test
    void a_unit_price_exactly_half_a_fen_over_rounds_up() {
        // 8.00 USD × 7.103125 = 56.825 CNY: HALF_UP gives 56.83 (HALF_EVEN would give 56.82)
        assertThat(usd("7.103125").toCny(new Money(800, "USD"))).isEqualTo(Money.cny(5683));
        // 19.99 USD × 7.123456 = 142.39888544 CNY
        assertThat(usd("7.123456").toCny(new Money(1999, "USD"))).isEqualTo(Money.cny(14240));
        // just below half: 8.00 USD × 7.103124 = 56.824992
        assertThat(usd("7.103124").toCny(new Money(800, "USD"))).isEqualTo(Money.cny(5682));
    }

    @Test
    void a_cny_price_converts_unchanged_at_the_identity_rate() {
        assertThat(FxRate.identity(DAY).toCny(Money.cny(12345))).isEqualTo(Money.cny(12345));
    }

    @Test
    void a_rate_converts_only_its_own_currency() {
        assertThatThrownBy(() -> usd("7.1").toCny(new Money(800, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_iso_currencies_with_minor_units_are_currencies_here() {
        assertThat(FxRate.isIsoCurrency("EUR")).isTrue();
        assertThat(FxRate.isIsoCurrency("JPY")).isTrue();
        assertThat(FxRate.isIsoCurrency("XAU")).isFalse();
        assertThat(FxRate.isIsoCurrency("XYZ")).isFalse();
        assertThat(FxRate.isIsoCurrency("eur")).isFalse();
        assertThat(FxRate.isIsoCurrency(null)).isFalse();
    }

    @Test
    void a_valid_rate_is_stored_with_six_decimals_against_cny() {
        FxRate rate = FxRate.checkNew("EUR", new BigDecimal("8.25"), DAY, "ops:alice@example.com");
        assertThat(rate).isEqualTo(new FxRate("EUR", "CNY", new BigDecimal("8.250000"), DAY, "ops:alice@example.com"));
    }

    @Test
    void trailing_zeros_beyond_six_decimals_do_not_count() {
        assertThat(FxRate.checkNew("USD", new BigDecimal("7.12345600"), DAY, null).rate()).isEqualTo(new BigDecimal("7.123456"));
    }

    @Test
    void an_unknown_or_lower_case_currency_or_cny_itself_is_refused() {
        assertInvalid("XYZ", "1.0", DAY);
        assertInvalid("eur", "1.0", DAY);
        assertInvalid("CNY", "1.0", DAY);
        assertInvalid(null, "1.0", DAY);
    }

    @Test
    void a_rate_that_is_not_positive_or_has_seven_decimals_is_refused() {
        assertInvalid("EUR", "0", DAY);
        assertInvalid("EUR", "-8.2", DAY);
        assertInvalid("EUR", "8.1234567", DAY);
        assertInvalid("EUR", null, DAY);
    }

    @Test
    void a_rate_without_a_date_is_refused() {
        assertInvalid("EUR", "8.2", null);
    }

    private static void assertInvalid(String currency, String rate, LocalDate date) {
        assertThatThrownBy(() -> FxRate.checkNew(currency, rate == null ? null : new BigDecimal(rate), date, "test"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_FX_RATE)).isTrue());
    }
}
