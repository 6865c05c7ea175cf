package io.kaola.pricing.quote.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.fx.domain.FxRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceCalculatorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private final PriceCalculator calculator = new PriceCalculator();

    private static FxRate rate(String currency, String rate) {
        return new FxRate(currency, "CNY", new BigDecimal(rate), LocalDate.of(2026, 11, 1), "test");
    }

    private static CartLine line(String sku, int quantity, long minor, String currency) {
        return new CartLine(sku, quantity, new Money(minor, currency));
    }

    @Test
    void seven_hundred_fifty_euros_at_8_2_are_6150_yuan() {
        Quote quote = calculator.convert(List.of(line("A", 1, 75000, "EUR")), DAY, Map.of("EUR", rate("EUR", "8.200000")));
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(Money.cny(615000));
        assertThat(quote.total()).isEqualTo(Money.cny(615000));
    }

    @Test
    void the_unit_price_is_rounded_once_and_then_multiplied_by_the_quantity() {
        Quote quote = calculator.convert(List.of(line("A", 3, 800, "USD")), DAY, Map.of("USD", rate("USD", "7.103125")));
        Quote.Line line = quote.lines().get(0);
        assertThat(line.unitPrice()).isEqualTo(Money.cny(5683));
        // 3 × 56.83 = 170.49, not round(3 × 56.825 = 170.475) = 170.48
        assertThat(line.goods()).isEqualTo(Money.cny(17049));
    }

    @Test
    void yen_have_no_minor_units_so_the_price_is_whole_yen_times_the_rate() {
        // 12800 JPY × 0.047 = 601.60 CNY
        Quote quote = calculator.convert(List.of(line("J", 2, 12800, "JPY")), DAY, Map.of("JPY", rate("JPY", "0.047000")));
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(Money.cny(60160));
        assertThat(quote.goods()).isEqualTo(Money.cny(120320));
    }

    @Test
    void a_price_already_in_yuan_is_taken_as_is_at_rate_one() {
        Quote quote = calculator.convert(List.of(line("C", 2, 9900, "CNY")), DAY, Map.of());
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(Money.cny(9900));
        assertThat(quote.lines().get(0).fxRate()).isEqualTo(FxRate.identity(DAY));
        assertThat(quote.goods()).isEqualTo(Money.cny(19800));
    }

    @Test
    void lines_and_totals_add_up_exactly_and_every_rate_used_is_listed_once() {
        Map<String, FxRate> rates = Map.of("EUR", rate("EUR", "8.200000"), "USD", rate("USD", "7.103125"),
                "JPY", rate("JPY", "0.047000"), "GBP", rate("GBP", "9.312345"));
        Quote quote = calculator.convert(List.of(
                line("E1", 1, 75000, "EUR"), line("U1", 3, 800, "USD"), line("J1", 2, 12800, "JPY"),
                line("E2", 7, 1999, "EUR"), line("G1", 5, 333, "GBP"), line("C1", 1, 1, "CNY")), DAY, rates);

        // E1 615000; U1 3 × 5683; J1 2 × 60160; E2 7 × round(163.918) = 7 × 16392; G1 5 × round(31.00991) = 5 × 3101; C1 1
        assertThat(quote.lines()).extracting(l -> l.goods().minor())
                .containsExactly(615000L, 17049L, 120320L, 114744L, 15505L, 1L);
        long sumOfGoods = quote.lines().stream().mapToLong(l -> l.goods().minor()).sum();
        long sumOfTotals = quote.lines().stream().mapToLong(l -> l.total().minor()).sum();
        assertThat(quote.goods()).isEqualTo(Money.cny(sumOfGoods)).isEqualTo(Money.cny(882619));
        assertThat(quote.total()).isEqualTo(Money.cny(sumOfTotals));
        assertThat(quote.total()).isEqualTo(quote.goods().minus(quote.discount()).plus(quote.shipping()).plus(quote.tax()));
        for (Quote.Line l : quote.lines()) {
            assertThat(l.goods()).isEqualTo(l.unitPrice().times(l.quantity()));
            assertThat(l.total()).isEqualTo(l.goods().minus(l.discount()).plus(l.shipping()).plus(l.tax()));
        }
        assertThat(List.of(quote.discount(), quote.shipping(), quote.tax())).containsOnly(Money.cny(0));
        assertThat(quote.fxRates()).extracting(FxRate::baseCurrency).containsExactly("CNY", "EUR", "GBP", "JPY", "USD");
    }

    @Test
    void a_currency_without_a_rate_is_refused_naming_the_currency_and_the_day() {
        assertThatThrownBy(() -> calculator.convert(List.of(line("A", 1, 100, "EUR"), line("B", 1, 100, "GBP")), DAY,
                Map.of("EUR", rate("EUR", "8.200000"))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.NO_FX_RATE)).isTrue())
                .hasMessageContaining("GBP").hasMessageContaining("2026-11-10");
    }

    @Test
    void an_empty_cart_a_quantity_below_one_or_a_non_positive_price_is_refused() {
        assertInvalid(List.of());
        assertInvalid(List.of(line("A", 0, 100, "EUR")));
        assertInvalid(List.of(line("A", 1, 0, "EUR")));
        assertInvalid(List.of(line("A", 1, -5, "EUR")));
        assertInvalid(List.of(line("A", 1, 100, "XYZ")));
        assertInvalid(List.of(line(" ", 1, 100, "EUR")));
    }

    @Test
    void amounts_too_large_for_a_long_are_refused_not_wrapped() {
        assertInvalid(List.of(line("A", Integer.MAX_VALUE, Long.MAX_VALUE / 2, "CNY")));
    }

    private void assertInvalid(List<CartLine> lines) {
        assertThatThrownBy(() -> calculator.convert(lines, DAY, Map.of("EUR", rate("EUR", "8.200000"))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
    }
}
