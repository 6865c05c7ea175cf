package io.kaola.pricing;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.pricing.api.SetFxRateRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The price engine through the real Dubbo protocol on a freshly migrated kaola_pricing_it schema
 * (V2 seeds rates dated 2026-11-01). "Today" is fixed at 2026-11-23 in Shanghai.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0"})
class PricingServiceIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_pricing_it");
    }

    private static final LocalDate SEED_DATE = LocalDate.of(2026, 11, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TestConfiguration
    static class Config {
        @Bean
        @DubboReference(scope = "remote", check = false)
        ReferenceBean<PricingService> pricingServiceReference() { return new ReferenceBeanBuilder().build(); }

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(ZonedDateTime.of(TODAY.atTime(0, 30), PricingApplication.BUSINESS_ZONE).toInstant(),
                    PricingApplication.BUSINESS_ZONE);
        }
    }

    @Autowired @Qualifier("pricingServiceReference") PricingService pricing;

    @BeforeEach
    void awaitProviderRegistered() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                pricing.currentFxRates();
                return;
            } catch (RpcException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(200);
            }
        }
    }

    @Test
    void the_seeded_rates_are_in_force_today() {
        List<FxRateView> rates = pricing.currentFxRates();
        assertThat(rates).extracting(FxRateView::baseCurrency).containsExactly("AUD", "EUR", "GBP", "HKD", "JPY", "KRW", "USD");
        assertThat(rates).filteredOn(r -> r.baseCurrency().equals("EUR")).singleElement().satisfies(eur -> {
            assertThat(eur.quoteCurrency()).isEqualTo("CNY");
            assertThat(eur.rate()).isEqualByComparingTo("8.2");
            assertThat(eur.rateDate()).isEqualTo(SEED_DATE);
            assertThat(eur.source()).startsWith("seed: approximate PBOC central parity");
        });
    }

    @Test
    void a_cart_is_priced_with_the_seeded_rates_and_adds_up() {
        PriceQuote quote = pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("EU-CREAM", 2, new Money(75000, "EUR")),
                new QuoteRequest.Line("JP-TEA", 1, new Money(12800, "JPY")),
                new QuoteRequest.Line("CN-BAG", 1, Money.cny(500))), LocalDate.of(2026, 11, 10)));

        assertThat(quote.lines()).extracting(l -> l.unitPrice().minor()).containsExactly(615000L, 60160L, 500L);
        assertThat(quote.goods()).isEqualTo(Money.cny(2 * 615000 + 60160 + 500));
        assertThat(quote.total()).isEqualTo(quote.goods());
        assertThat(quote.tax()).isEqualTo(Money.cny(0));
        assertThat(quote.fxRates()).extracting(FxRateView::baseCurrency).containsExactly("CNY", "EUR", "JPY");
        assertThat(quote.lines().get(0).fxRate().rateDate()).isEqualTo(SEED_DATE);
    }

    @Test
    void a_newer_rate_applies_from_its_date_on_and_older_days_keep_the_older_rate() {
        FxRateView stored = pricing.setFxRate(new SetFxRateRequest("AUD", new BigDecimal("4.8"),
                LocalDate.of(2026, 12, 1), "ops:alice@example.com"));
        assertThat(stored).isEqualTo(new FxRateView("AUD", "CNY", new BigDecimal("4.800000"), LocalDate.of(2026, 12, 1),
                "ops:alice@example.com"));

        assertThat(unitPriceOf(10000, "AUD", LocalDate.of(2026, 12, 1))).as("from its date").isEqualTo(48000);
        assertThat(unitPriceOf(10000, "AUD", LocalDate.of(2027, 3, 1))).as("until a newer one").isEqualTo(48000);
        assertThat(unitPriceOf(10000, "AUD", LocalDate.of(2026, 11, 30))).as("the day before").isEqualTo(46500);
        assertThat(pricing.currentFxRates()).filteredOn(r -> r.baseCurrency().equals("AUD"))
                .singleElement().satisfies(r -> assertThat(r.rateDate()).as("today is before it").isEqualTo(SEED_DATE));
    }

    @Test
    void setting_a_rate_again_for_the_same_day_replaces_it() {
        pricing.setFxRate(new SetFxRateRequest("HKD", new BigDecimal("0.920000"), LocalDate.of(2026, 12, 5), "ops:a"));
        FxRateView replaced = pricing.setFxRate(new SetFxRateRequest("HKD", new BigDecimal("0.925"), LocalDate.of(2026, 12, 5), "ops:b"));
        assertThat(replaced.rate()).isEqualByComparingTo("0.925");
        assertThat(replaced.source()).isEqualTo("ops:b");
        assertThat(unitPriceOf(10000, "HKD", LocalDate.of(2026, 12, 6))).isEqualTo(9250);
    }

    @Test
    void no_pricing_date_means_today_in_shanghai() {
        PriceQuote quote = pricing.quote(new QuoteRequest(List.of(new QuoteRequest.Line("US-VIT", 1, new Money(1000, "USD"))), null));
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(Money.cny(7100));
        assertThat(quote.fxRates()).singleElement().satisfies(r -> assertThat(r.rateDate()).isEqualTo(SEED_DATE));
    }

    @Test
    void a_day_before_any_rate_or_a_currency_without_rates_is_refused_naming_both() {
        assertThatThrownBy(() -> unitPriceOf(100, "EUR", LocalDate.of(2026, 10, 31)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.NO_FX_RATE)).isTrue())
                .hasMessageContaining("EUR").hasMessageContaining("2026-10-31");
        assertThatThrownBy(() -> unitPriceOf(100, "CHF", LocalDate.of(2026, 11, 10)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.NO_FX_RATE)).isTrue())
                .hasMessageContaining("CHF");
    }

    @Test
    void bad_carts_and_bad_rates_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> pricing.quote(new QuoteRequest(List.of(), null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
        assertThatThrownBy(() -> pricing.quote(new QuoteRequest(
                List.of(new QuoteRequest.Line("A", 0, new Money(100, "EUR"))), null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
        assertThatThrownBy(() -> pricing.setFxRate(new SetFxRateRequest("XYZ", BigDecimal.ONE, TODAY, "ops:a")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_FX_RATE)).isTrue());
        assertThatThrownBy(() -> pricing.setFxRate(new SetFxRateRequest("GBP", new BigDecimal("9.1234567"), TODAY, "ops:a")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_FX_RATE)).isTrue());
        assertThat(pricing.currentFxRates()).filteredOn(r -> r.baseCurrency().equals("GBP"))
                .singleElement().satisfies(r -> assertThat(r.rateDate()).isEqualTo(SEED_DATE));
    }

    private long unitPriceOf(long minor, String currency, LocalDate day) {
        return pricing.quote(new QuoteRequest(List.of(new QuoteRequest.Line("SKU", 1, new Money(minor, currency))), day))
                .lines().get(0).unitPrice().minor();
    }
}
