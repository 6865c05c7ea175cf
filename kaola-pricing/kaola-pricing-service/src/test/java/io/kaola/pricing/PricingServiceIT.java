package io.kaola.pricing;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.common.error.CrossBorderError;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.config.PricingConfiguration;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.ShippingRuleView;
import io.kaola.pricing.api.TaxCategoryView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.pricing.api.PromotionOffer;
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
import java.util.Set;
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
        @DubboReference(scope = "remote", check = false)
        ReferenceBean<PricingAdminService> pricingAdminServiceReference() { return new ReferenceBeanBuilder().build(); }

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(ZonedDateTime.of(TODAY.atTime(0, 30), PricingConfiguration.BUSINESS_ZONE).toInstant(),
                    PricingConfiguration.BUSINESS_ZONE);
        }
    }

    @Autowired @Qualifier("pricingServiceReference") PricingService pricing;
    @Autowired @Qualifier("pricingAdminServiceReference") PricingAdminService admin;

    @BeforeEach
    void awaitProviderRegistered() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                pricing.currentFxRates();
                admin.listShippingRules();
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
    void promotions_cross_the_wire_and_lower_the_dutiable_value_and_the_tax() {
        List<QuoteRequest.Line> lines = List.of(
                new QuoteRequest.Line("CN-BOWL", 3, Money.cny(10_000), "GENERAL", 500, null, 7L, Set.of("bowls")),
                new QuoteRequest.Line("CN-BAG", 1, Money.cny(5_001), "GENERAL", 500, null, 8L, Set.of("bags")));
        PromotionOffer fullReduction = PromotionOffer.fullReduction("A1", "满减", List.of(
                new PromotionOffer.Tier(Money.cny(20_000), Money.cny(2_000))), new PromotionScope(Set.of(), Set.of("bowls")));
        PromotionOffer coupon = PromotionOffer.amountOffCoupon("42", "10 off", Money.cny(1_000), Money.cny(30_000),
                PromotionScope.ALL);
        PriceQuote quote = pricing.explain(new QuoteRequest(lines, LocalDate.of(2026, 11, 10), null,
                List.of(fullReduction), coupon));

        assertThat(quote.coupon().applied()).isTrue();
        assertThat(quote.discount()).isEqualTo(Money.cny(3_000));
        // the coupon's 10.00 split on 280.00 and 50.01 after the full reduction: 8.4846 → 8.48, 1.5154 → 1.52 (largest remainder)
        assertThat(quote.lines()).extracting(l -> l.discount().minor()).containsExactly(2_000L + 848L, 152L);
        for (PriceQuote.LineQuote line : quote.lines()) {
            assertThat(line.dutiableValue()).isEqualTo(line.goods().minus(line.discount()));
            assertThat(line.reductions().stream().mapToLong(r -> r.amount().minor()).sum()).isEqualTo(line.discount().minor());
        }
        // GENERAL at 13% × 0.7 on the reduced values: 271.52 → 24.71, 48.49 → 4.41
        assertThat(quote.lines()).extracting(l -> l.tax().minor()).containsExactly(2_471L, 441L);
        assertThat(quote.steps()).extracting(PriceStep::step).contains("full-reduction", "coupon");
    }

    @Test
    void a_cart_is_priced_with_the_seeded_rates_and_adds_up() {
        PriceQuote quote = pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("EU-CREAM", 2, new Money(75000, "EUR")),
                new QuoteRequest.Line("JP-TEA", 1, new Money(12800, "JPY")),
                new QuoteRequest.Line("CN-BAG", 1, Money.cny(500))), LocalDate.of(2026, 11, 10)));

        assertThat(quote.lines()).extracting(l -> l.unitPrice().minor()).containsExactly(615000L, 60160L, 500L);
        assertThat(quote.goods()).isEqualTo(Money.cny(2 * 615000 + 60160 + 500));
        assertThat(quote.shipping()).as("free from 299.00 of goods").isEqualTo(Money.cny(0));
        // GENERAL at 13% × 0.7 per line: 12300.00 → 1119.30, 601.60 → 54.75, 5.00 → 0.46
        assertThat(quote.lines()).extracting(l -> l.tax().minor()).containsExactly(111930L, 5475L, 46L);
        assertThat(quote.tax()).isEqualTo(Money.cny(111930 + 5475 + 46));
        assertThat(quote.total()).isEqualTo(quote.goods().plus(quote.tax()));
        assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
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
        assertThat(unitPriceOf(10000, "HKD", LocalDate.of(2026, 12, 6))).as("cached for that day now").isEqualTo(9200);
        FxRateView replaced = pricing.setFxRate(new SetFxRateRequest("HKD", new BigDecimal("0.925"), LocalDate.of(2026, 12, 5), "ops:b"));
        assertThat(replaced.rate()).isEqualByComparingTo("0.925");
        assertThat(replaced.source()).isEqualTo("ops:b");
        assertThat(unitPriceOf(10000, "HKD", LocalDate.of(2026, 12, 6)))
                .as("a rate set through this instance applies to the next quote, cache or not").isEqualTo(9250);
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

    // ---- cross-border price: tax categories, shipping rules, explanation (V3 seeds) ----

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    /** 20.00 EUR × 8.2 = 164.00 for 15 ml (10.93 per ml: high-end), 300 g; 8.00 USD × 7.1 = 56.80, 1000 g. */
    private QuoteRequest serumAndVitamins(String warehouse) {
        return new QuoteRequest(List.of(
                new QuoteRequest.Line("EU-SERUM", 1, new Money(2000, "EUR"), "COSMETICS", 300,
                        new NetContent(new BigDecimal("15"), "ML")),
                new QuoteRequest.Line("US-VIT", 1, new Money(800, "USD"), "GENERAL", 1000, null)), DAY, warehouse);
    }

    @Test
    void a_cosmetics_and_a_general_line_are_taxed_with_the_seeded_categories_and_shipping_rule() {
        PriceQuote quote = pricing.quote(serumAndVitamins("BONDED-NINGBO"));

        // goods 220.80 < 299.00; 1300 g: 10.00 + 1 × 5.00
        assertThat(quote.goods()).isEqualTo(Money.cny(22080));
        assertThat(quote.shipping()).isEqualTo(Money.cny(1500));
        PriceQuote.LineQuote serum = quote.lines().get(0), vitamins = quote.lines().get(1);
        // 15.00 × 164.00 / 220.80 = 11.141 → 11.14; the rest on the last line
        assertThat(serum.shipping()).isEqualTo(Money.cny(1114));
        assertThat(vitamins.shipping()).isEqualTo(Money.cny(386));
        // P = 175.14: CT = 175.14 × 0.15 × 0.7 / 0.85 = 21.63; VAT = 175.14 × 0.13 × 0.7 / 0.85 = 18.75
        assertThat(serum.dutiableValue()).isEqualTo(Money.cny(17514));
        assertThat(serum.taxBreakdown().consumptionTax()).isEqualTo(Money.cny(2163));
        assertThat(serum.taxBreakdown().vat()).isEqualTo(Money.cny(1875));
        assertThat(serum.taxBreakdown().consumptionTaxRate()).isEqualByComparingTo("0.15");
        // P = 60.66: VAT = 60.66 × 0.091 = 5.52
        assertThat(vitamins.taxBreakdown().vat()).isEqualTo(Money.cny(552));
        assertThat(vitamins.taxBreakdown().consumptionTax()).isEqualTo(Money.cny(0));
        assertThat(quote.tax()).isEqualTo(Money.cny(2163 + 1875 + 552));
        assertThat(quote.total()).isEqualTo(Money.cny(22080 + 1500 + 4590));
        assertThat(quote.dutiableValue()).isEqualTo(Money.cny(23580));
        assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.WITHIN_LIMIT);
        assertThat(quote.taxBreakdown().levyFactor()).isEqualByComparingTo("0.7");
        assertThat(quote.steps()).isEmpty();
    }

    @Test
    void explain_gives_the_same_price_with_every_step_and_its_rule_source() {
        PriceQuote quote = pricing.explain(serumAndVitamins(null));

        assertThat(quote.total()).isEqualTo(pricing.quote(serumAndVitamins(null)).total());
        assertThat(quote.steps()).extracting(PriceStep::step).contains("fx-conversion", "goods", "shipping",
                "freight-allocation", "dutiable-value", "limit-verdict", "tariff", "consumption-tax", "vat", "total");
        assertThat(quote.steps()).filteredOn(s -> s.step().equals("limit-verdict")).singleElement().satisfies(s -> {
            assertThat(s.ruleSource()).isEqualTo("财关税〔2018〕49号");
            assertThat(s.inputs()).containsEntry("orderDutiableValue", "235.80").containsEntry("perTransactionLimit", "5000.00");
        });
        assertThat(quote.steps()).filteredOn(s -> s.step().equals("fx-conversion") && "EU-SERUM".equals(s.skuCode()))
                .singleElement().satisfies(s -> assertThat(s.inputs()).containsEntry("rate", "8.200000")
                        .containsEntry("rateDate", "2026-11-01").containsKey("rateSource"));
        assertThat(quote.steps()).filteredOn(s -> s.step().equals("consumption-tax") && "EU-SERUM".equals(s.skuCode()))
                .singleElement().satisfies(s -> {
                    assertThat(s.ruleSource()).contains("财税〔2016〕103号");
                    assertThat(s.result()).isEqualTo(Money.cny(2163));
                });
        assertThat(quote.steps()).filteredOn(s -> s.step().equals("vat"))
                .allSatisfy(s -> assertThat(s.ruleSource()).contains("2019年第39号"));
    }

    @Test
    void a_blocked_category_is_refused() {
        assertThatThrownBy(() -> pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("BEER", 1, Money.cny(2000), "BEER_SPIRITS", 500, null)), DAY)))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CrossBorderError.TAX_CATEGORY_BLOCKED)).isTrue();
                    assertThat(e.details()).containsEntry("skuCode", "BEER");
                });
    }

    @Test
    void an_unknown_category_is_refused() {
        assertThatThrownBy(() -> pricing.explain(new QuoteRequest(List.of(
                new QuoteRequest.Line("CIGAR", 1, Money.cny(2000), "TOBACCO", 500, null)), DAY)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.UNKNOWN_TAX_CATEGORY)).isTrue())
                .hasMessageContaining("TOBACCO");
    }

    @Test
    void shipping_is_free_from_299_00_of_goods_and_charged_one_fen_below() {
        assertThat(shippingOf(29900, null)).isEqualTo(0);
        assertThat(shippingOf(29899, null)).as("1200 g: 10.00 + 1 × 5.00").isEqualTo(1500);
    }

    @Test
    void a_shipping_rule_set_by_ops_applies_to_the_next_quote_of_its_warehouse() {
        assertThat(shippingOf(10000, "BONDED-IT")).as("no rule yet: the default warehouse's").isEqualTo(1500);

        ShippingRuleView stored = admin.setShippingRule(new ShippingRuleView("BONDED-IT", 500, Money.cny(800), 100,
                Money.cny(200), null));
        assertThat(stored.firstFee()).isEqualTo(Money.cny(800));

        // 1200 g: 8.00 + ceil(700 / 100) × 2.00
        assertThat(shippingOf(10000, "BONDED-IT")).isEqualTo(2200);
        assertThat(shippingOf(10000, "BONDED-NINGBO")).isEqualTo(1500);
        assertThat(admin.listShippingRules()).extracting(ShippingRuleView::warehouseCode).contains("BONDED-IT", "BONDED-NINGBO");
    }

    @Test
    void a_bad_shipping_rule_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> admin.setShippingRule(new ShippingRuleView("BONDED-NINGBO", 1000, Money.cny(-1), 500,
                Money.cny(500), Money.cny(29900))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_SHIPPING_RULE)).isTrue());
        assertThat(admin.listShippingRules()).filteredOn(r -> r.warehouseCode().equals("BONDED-NINGBO"))
                .singleElement().satisfies(r -> assertThat(r.firstFee()).isEqualTo(Money.cny(1000)));
    }

    @Test
    void the_seeded_categories_are_listed_with_their_sources() {
        List<TaxCategoryView> categories = admin.listTaxCategories();
        assertThat(categories).extracting(TaxCategoryView::code).contains("GENERAL", "REDUCED_9", "COSMETICS",
                "JEWELLERY_JADE", "WINE", "PRECIOUS_JEWELLERY", "WATCH", "BEER_SPIRITS");
        assertThat(categories).filteredOn(c -> c.code().equals("COSMETICS")).singleElement().satisfies(c -> {
            assertThat(c.consumptionTaxBasis()).isEqualTo("COSMETICS_THRESHOLD");
            assertThat(c.thresholdPerUnit()).isEqualTo(Money.cny(1000));
            assertThat(c.thresholdPerPiece()).isEqualTo(Money.cny(1500));
            assertThat(c.source()).contains("财税〔2016〕103号").contains("UNVERIFIED");
        });
        assertThat(categories).filteredOn(c -> c.code().equals("WATCH")).singleElement()
                .satisfies(c -> assertThat(c.mfnTariffRate()).isEqualByComparingTo("0.08"));
        assertThat(categories).filteredOn(TaxCategoryView::blocked).extracting(TaxCategoryView::code)
                .containsExactly("BEER_SPIRITS");
    }

    @Test
    void a_category_set_by_ops_is_used_by_the_next_quote_and_a_bad_one_is_refused() {
        assertThatThrownBy(() -> admin.setTaxCategory(new TaxCategoryView("IT_FORMULA", "Infant formula",
                new BigDecimal("1.3"), BigDecimal.ZERO, "NONE", null, null, BigDecimal.ZERO, false, "it")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_TAX_CATEGORY)).isTrue());
        assertThat(admin.listTaxCategories()).extracting(TaxCategoryView::code).doesNotContain("IT_FORMULA");

        TaxCategoryView stored = admin.setTaxCategory(new TaxCategoryView("IT_FORMULA", "Infant formula",
                new BigDecimal("0.09"), BigDecimal.ZERO, "NONE", null, null, new BigDecimal("0.05"), false, "it"));
        assertThat(stored.vatRate()).isEqualByComparingTo("0.09");

        // 300.00 free of shipping at 9% × 0.7 = 18.90
        PriceQuote quote = pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("FORMULA", 1, Money.cny(30000), "IT_FORMULA", 900, null)), DAY));
        assertThat(quote.tax()).isEqualTo(Money.cny(1890));
    }

    @Test
    void a_single_item_over_5000_is_taxed_in_full_and_two_are_over_the_limit() {
        PriceQuote single = pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("BAG", 1, Money.cny(600000), "GENERAL", 800, null)), DAY));
        assertThat(single.limitVerdict()).isEqualTo(LimitVerdict.SINGLE_ITEM_OVER_LIMIT);
        assertThat(single.tax()).isEqualTo(Money.cny(60000 + 85800));
        PriceQuote two = pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("BAG", 2, Money.cny(300000), "GENERAL", 800, null)), DAY));
        assertThat(two.limitVerdict()).isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
        assertThat(single.appliedLimit().kind()).isEqualTo(AppliedLimit.Kind.SINGLE_ITEM);
        assertThat(single.appliedLimit().limit()).isEqualTo(Money.cny(2_600_000));
        assertThat(two.appliedLimit().kind()).as("the limit, its amount and the reason cross Dubbo")
                .isEqualTo(AppliedLimit.Kind.TRANSACTION);
        assertThat(two.appliedLimit().limit()).isEqualTo(Money.cny(500_000));
        assertThat(two.appliedLimit().reason()).contains("is over the 5000.00 CNY per-transaction limit");
    }

    private long shippingOf(long goodsFen, String warehouse) {
        return pricing.quote(new QuoteRequest(List.of(
                new QuoteRequest.Line("BOX", 1, Money.cny(goodsFen), "GENERAL", 1200, null)), DAY, warehouse))
                .shipping().minor();
    }
}
