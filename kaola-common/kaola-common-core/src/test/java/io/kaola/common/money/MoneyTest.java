package io.kaola.common.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test void adds_and_multiplies_exactly_in_minor_units() {
        Money m = Money.cny(1999).times(3).plus(Money.cny(3));
        assertThat(m).isEqualTo(Money.cny(6000));
        assertThat(m.toMajor().toPlainString()).isEqualTo("60.00");
    }

    @Test void refuses_to_mix_currencies() {
        assertThatThrownBy(() -> Money.cny(1).plus(new Money(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CNY vs EUR");
    }

    @Test void refuses_a_lower_case_or_malformed_currency() {
        assertThatThrownBy(() -> new Money(1, "cny")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "EURO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void overflow_is_an_error_not_a_wrap() {
        assertThatThrownBy(() -> Money.cny(Long.MAX_VALUE).plus(Money.cny(1))).isInstanceOf(ArithmeticException.class);
    }
}
