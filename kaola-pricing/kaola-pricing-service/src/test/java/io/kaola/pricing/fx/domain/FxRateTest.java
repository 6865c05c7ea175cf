package io.kaola.pricing.fx.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FxRateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

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
