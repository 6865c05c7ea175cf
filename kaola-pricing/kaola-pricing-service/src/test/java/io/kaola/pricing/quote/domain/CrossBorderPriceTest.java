package io.kaola.pricing.quote.domain;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.TaxBreakdown;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.shipping.domain.ShippingRule;
import io.kaola.pricing.tax.domain.TaxCategory;
import io.kaola.pricing.testsupport.SeededRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.kaola.pricing.testsupport.SeededRules.flat;
import static io.kaola.pricing.testsupport.SeededRules.grams;
import static io.kaola.pricing.testsupport.SeededRules.ml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole cross-border price of a cart (docs/cross-border.md §7), through {@link PriceCalculator#quote}. */
class CrossBorderPriceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final Map<String, FxRate> RATES = Map.of(
            "EUR", rate("EUR", "8.200000"), "USD", rate("USD", "7.100000"), "JPY", rate("JPY", "0.047000"));
    /** Shipping is always free: the examples that give no freight. */
    private static final ShippingRule FREE = ShippingRule.checkNew("FREE", 1000, Money.cny(0), 500, Money.cny(0), null);
    private final PriceCalculator calculator = new PriceCalculator();

    @Nested
    class TheWorkedExamples {
        @Test
        void t1_an_ordinary_cream_of_200_with_freight_20_pays_20_02_and_240_02_in_all() {
            Quote quote = price(flat(2000), cny("CREAM", 1, 20000, "COSMETICS", 50, grams("50")));
            assertThat(quote.shipping().minor()).isEqualTo(2000);
            assertThat(quote.dutiableValue().minor()).isEqualTo(22000);
            assertThat(quote.tax().minor()).isEqualTo(2002);
            assertThat(quote.taxBreakdown().consumptionTax().minor()).isZero();
            assertThat(quote.total().minor()).isEqualTo(24002);
        }

        @Test
        void t2_the_same_cream_in_15_ml_pays_ct_27_18_and_vat_23_55() {
            Quote quote = price(flat(2000), cny("CREAM", 1, 20000, "COSMETICS", 50, ml("15")));
            TaxBreakdown tax = quote.lines().get(0).taxBreakdown();
            assertThat(tax.consumptionTax().minor()).isEqualTo(2718);
            assertThat(tax.vat().minor()).isEqualTo(2355);
            assertThat(quote.tax().minor()).isEqualTo(5073);
            assertThat(quote.total().minor()).isEqualTo(27073);
        }

        @Test
        void t3_skincare_of_425_for_20_g_pays_ct_52_50_and_vat_45_50() {
            Quote quote = price(FREE, cny("SKIN", 1, 42500, "COSMETICS", 100, grams("20")));
            assertThat(quote.taxBreakdown().consumptionTax().minor()).isEqualTo(5250);
            assertThat(quote.taxBreakdown().vat().minor()).isEqualTo(4550);
            assertThat(quote.tax().minor()).isEqualTo(9800);
        }

        @Test
        void t4_a_price_cut_to_170_with_freight_20_is_taxed_17_29_on_190() {
            // points (10.00 in T4) are not modelled yet: they would lower what is paid, not the dutiable value
            Quote quote = price(flat(2000), cny("CREAM", 1, 17000, "GENERAL", 50, null));
            assertThat(quote.dutiableValue().minor()).isEqualTo(19000);
            assertThat(quote.tax().minor()).isEqualTo(1729);
            assertThat(quote.total().minor()).isEqualTo(20729);
        }

        @Test
        void t5_wine_of_300_pays_23_33_plus_30_33() {
            Quote quote = price(FREE, cny("WINE", 1, 30000, "WINE", 1500, null));
            assertThat(quote.taxBreakdown().consumptionTax().minor()).isEqualTo(2333);
            assertThat(quote.taxBreakdown().vat().minor()).isEqualTo(3033);
            assertThat(quote.tax().minor()).isEqualTo(5366);
        }

        @Test
        void t6_a_9_percent_good_of_300_pays_18_90() {
            assertThat(price(FREE, cny("BOOK", 1, 30000, "REDUCED_9", 300, null)).tax().minor()).isEqualTo(1890);
        }

        @Test
        void t7_general_300_and_high_end_500_with_freight_25_pay_147_04_tax_and_972_04_in_all() {
            // BONDED-NINGBO without its free threshold: 10.00 + ceil((2500 - 1000) / 500) × 5.00 = 25.00
            ShippingRule noThreshold = ShippingRule.checkNew("BONDED-NINGBO", 1000, Money.cny(1000), 500, Money.cny(500), null);
            Quote quote = price(noThreshold,
                    cny("A", 1, 30000, "GENERAL", 1000, null),
                    cny("B", 1, 50000, "COSMETICS", 1500, ml("30")));

            assertThat(quote.shipping().minor()).isEqualTo(2500);
            Quote.Line a = quote.lines().get(0), b = quote.lines().get(1);
            assertThat(a.shipping().minor()).isEqualTo(938);
            assertThat(b.shipping().minor()).isEqualTo(1562);
            assertThat(a.taxBreakdown().vat().minor()).isEqualTo(2815);
            assertThat(a.taxBreakdown().consumptionTax().minor()).isZero();
            assertThat(b.taxBreakdown().consumptionTax().minor()).isEqualTo(6369);
            assertThat(b.taxBreakdown().vat().minor()).isEqualTo(5520);
            assertThat(quote.tax().minor()).isEqualTo(14704);
            assertThat(quote.total().minor()).isEqualTo(97204);
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.WITHIN_LIMIT);
        }

        @Test
        void t8_a_single_watch_of_12000_pays_tariff_ct_and_vat_in_full() {
            Quote quote = price(FREE, cny("WATCH", 1, 1_200_000, "WATCH", 300, null));
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.SINGLE_ITEM_OVER_LIMIT);
            TaxBreakdown tax = quote.taxBreakdown();
            assertThat(tax.tariff().minor()).isEqualTo(96000);
            assertThat(tax.consumptionTax().minor()).isEqualTo(324000);
            assertThat(tax.vat().minor()).isEqualTo(210600);
            assertThat(tax.levyFactor()).isEqualByComparingTo("1");
            assertThat(quote.total().minor()).isEqualTo(1_200_000 + 630600);
        }
    }

    @Nested
    class TheLimits {
        @Test
        void l1_several_items_for_exactly_5000_are_within_the_limit() {
            Quote quote = price(FREE, cny("A", 1, 250000, null, 0, null), cny("B", 1, 250000, null, 0, null));
            assertThat(quote.dutiableValue().minor()).isEqualTo(500000);
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.WITHIN_LIMIT);
        }

        @Test
        void l2_several_items_for_5000_01_are_over_the_transaction_limit_but_still_priced_at_70_percent() {
            Quote quote = price(FREE, cny("A", 1, 250000, null, 0, null), cny("B", 1, 250001, null, 0, null));
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
            assertThat(quote.taxBreakdown().levyFactor()).isEqualByComparingTo("0.7");
            // 2500.00 × 0.091 = 227.50; 2500.01 × 0.091 = 227.50091
            assertThat(quote.tax().minor()).isEqualTo(22750 + 22750);
        }

        @Test
        void the_freight_counts_toward_the_limit() {
            Quote quote = price(flat(1000), cny("A", 1, 249500, null, 0, null), cny("B", 1, 250000, null, 0, null));
            assertThat(quote.dutiableValue().minor()).isEqualTo(500500);
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
        }

        @Test
        void l3_a_single_item_of_6000_is_allowed_with_full_tax() {
            Quote quote = price(FREE, cny("BAG", 1, 600000, "GENERAL", 800, null));
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.SINGLE_ITEM_OVER_LIMIT);
            // D = 600.00; VAT = (6000 + 600) × 13% = 858.00
            assertThat(quote.taxBreakdown().tariff().minor()).isEqualTo(60000);
            assertThat(quote.taxBreakdown().vat().minor()).isEqualTo(85800);
            assertThat(quote.total().minor()).isEqualTo(600000 + 145800);
        }

        @Test
        void l4_one_sku_twice_at_3000_is_over_the_transaction_limit_and_taxed_at_70_percent_for_the_trial() {
            Quote quote = price(FREE, cny("BAG", 2, 300000, "GENERAL", 800, null));
            assertThat(quote.limitVerdict()).isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
            assertThat(quote.taxBreakdown().tariff().minor()).isZero();
            assertThat(quote.tax().minor()).isEqualTo(54600);
        }

        @Test
        void l7_a_single_item_of_26000_is_over_the_transaction_limit() {
            assertThat(price(FREE, cny("RING", 1, 2_600_000, "GENERAL", 100, null)).limitVerdict())
                    .isEqualTo(LimitVerdict.OVER_TRANSACTION_LIMIT);
            assertThat(price(FREE, cny("RING", 1, 2_599_999, "GENERAL", 100, null)).limitVerdict())
                    .isEqualTo(LimitVerdict.SINGLE_ITEM_OVER_LIMIT);
        }
    }

    @Nested
    class Shipping {
        @Test
        void the_parcel_weight_is_the_sum_of_unit_weights_times_quantities_with_the_default_for_unknown_ones() {
            // 2 × 300 g + 1 × unknown (500 g) = 1100 g: 10.00 + 5.00
            Quote quote = price(SeededRules.NINGBO, cny("A", 2, 5000, null, 300, null), cny("B", 1, 5000, null, 0, null));
            assertThat(quote.shipping().minor()).isEqualTo(1500);
        }

        @Test
        void shipping_is_free_from_299_00_of_goods() {
            assertThat(price(SeededRules.NINGBO, cny("A", 1, 29900, null, 3000, null)).shipping().minor()).isZero();
            assertThat(price(SeededRules.NINGBO, cny("A", 1, 29899, null, 3000, null)).shipping().minor()).isEqualTo(3000);
        }
    }

    @Nested
    class Categories {
        @Test
        void a_line_without_a_category_is_general() {
            Quote quote = price(FREE, cny("A", 1, 30000, null, 0, null));
            assertThat(quote.lines().get(0).taxBreakdown().taxCategoryCode()).isEqualTo(TaxCategory.GENERAL);
            assertThat(quote.tax().minor()).isEqualTo(2730);
        }

        @Test
        void a_blocked_category_is_refused_naming_the_sku() {
            assertThatThrownBy(() -> price(FREE, cny("A", 1, 100, null, 0, null), cny("BEER", 1, 100, "BEER_SPIRITS", 0, null)))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(CrossBorderError.TAX_CATEGORY_BLOCKED)).isTrue();
                        assertThat(e.details()).containsEntry("skuCode", "BEER");
                    })
                    .hasMessageContaining("BEER_SPIRITS");
        }

        @Test
        void an_unknown_category_is_refused_naming_it() {
            assertThatThrownBy(() -> price(FREE, cny("A", 1, 100, "TOBACCO", 0, null)))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(PricingError.UNKNOWN_TAX_CATEGORY)).isTrue())
                    .hasMessageContaining("TOBACCO");
        }

        @Test
        void a_negative_weight_or_a_bad_net_content_is_refused() {
            assertThatThrownBy(() -> price(FREE, cny("A", 1, 100, null, -1, null)))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
            assertThatThrownBy(() -> price(FREE, cny("A", 1, 100, "COSMETICS", 0, new NetContent(BigDecimal.ZERO, "ML"))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
            assertThatThrownBy(() -> price(FREE, cny("A", 1, 100, "COSMETICS", 0, new NetContent(BigDecimal.ONE, "OZ"))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PricingError.INVALID_QUOTE)).isTrue());
        }
    }

    @Nested
    class TheExplanation {
        private Quote explained() {
            return calculator.quote(List.of(
                    new CartLine("EU-SERUM", 1, new Money(2000, "EUR"), "COSMETICS", 300, ml("15")),
                    new CartLine("US-VIT", 1, new Money(800, "USD"), "GENERAL", 1000, null)),
                    DAY, RATES, SeededRules.ningbo(), true);
        }

        @Test
        void explain_and_quote_give_the_same_numbers_and_only_explain_has_steps() {
            Quote plain = calculator.quote(List.of(
                    new CartLine("EU-SERUM", 1, new Money(2000, "EUR"), "COSMETICS", 300, ml("15")),
                    new CartLine("US-VIT", 1, new Money(800, "USD"), "GENERAL", 1000, null)),
                    DAY, RATES, SeededRules.ningbo(), false);
            Quote explained = explained();
            assertThat(plain.steps()).isEmpty();
            assertThat(explained.lines()).isEqualTo(plain.lines());
            assertThat(explained.total()).isEqualTo(plain.total());
        }

        @Test
        void every_step_is_there_in_order_with_its_rule_source() {
            List<PriceStep> steps = explained().steps();
            assertThat(steps).extracting(s -> s.step() + (s.skuCode() == null ? "" : ":" + s.skuCode())).containsExactly(
                    "fx-conversion:EU-SERUM", "goods:EU-SERUM", "fx-conversion:US-VIT", "goods:US-VIT",
                    "discount", "shipping", "freight-allocation:EU-SERUM", "freight-allocation:US-VIT",
                    "dutiable-value:EU-SERUM", "dutiable-value:US-VIT", "dutiable-value", "limit-verdict",
                    "tariff:EU-SERUM", "consumption-tax:EU-SERUM", "vat:EU-SERUM",
                    "tariff:US-VIT", "consumption-tax:US-VIT", "vat:US-VIT", "total");
            assertThat(steps).allSatisfy(s -> assertThat(s.ruleSource()).isNotBlank());
        }

        @Test
        void the_fx_step_names_the_rate_its_date_and_its_source() {
            PriceStep fx = explained().steps().get(0);
            assertThat(fx.inputs()).containsEntry("supplierUnitPrice", "20.00 EUR").containsEntry("rate", "8.200000")
                    .containsEntry("rateDate", "2026-11-01").containsEntry("rateSource", "test");
            assertThat(fx.result()).isEqualTo(Money.cny(16400));
        }

        @Test
        void the_limit_verdict_compares_the_dutiable_value_with_5000_under_49() {
            PriceStep verdict = step(explained(), "limit-verdict", null);
            assertThat(verdict.ruleSource()).isEqualTo("财关税〔2018〕49号");
            assertThat(verdict.inputs()).containsEntry("perTransactionLimit", "5000.00")
                    .containsEntry("orderDutiableValue", "235.80").containsEntry("verdict", "WITHIN_LIMIT")
                    .containsEntry("appliedLimit", "TRANSACTION")
                    .containsEntry("reason", "the order's dutiable value 235.80 CNY is within the 5000.00 CNY per-transaction limit");
            assertThat(verdict.result()).isNull();
        }

        @Test
        void the_tax_steps_give_formula_rates_levy_factor_and_sources() {
            Quote quote = explained();
            PriceStep ct = step(quote, "consumption-tax", "EU-SERUM");
            assertThat(ct.formula()).isEqualTo("P/(1-c)*c*0.7");
            assertThat(ct.ruleSource()).contains("财关税〔2016〕18号").contains("财税〔2016〕103号");
            assertThat(ct.inputs()).containsEntry("c", "0.1500").containsEntry("levyFactor", "0.7")
                    .containsEntry("netContent", "15 ML").containsEntry("unitPriceBeforeFreight", "164.00");
            assertThat(ct.result()).isEqualTo(quote.lines().get(0).taxBreakdown().consumptionTax());
            PriceStep vat = step(quote, "vat", "US-VIT");
            assertThat(vat.formula()).isEqualTo("(P + P/(1-c)*c)*v*0.7");
            assertThat(vat.ruleSource()).contains("财政部 税务总局 海关总署公告2019年第39号");
            assertThat(vat.inputs()).containsEntry("v", "0.1300");
            assertThat(step(quote, "consumption-tax", "US-VIT").formula()).startsWith("0 (");
            assertThat(step(quote, "total", null).result()).isEqualTo(quote.total());
        }

        @Test
        void the_shipping_and_allocation_steps_add_up_to_the_fee() {
            Quote quote = explained();
            PriceStep shipping = step(quote, "shipping", null);
            assertThat(shipping.inputs()).containsEntry("parcelWeightGrams", "1300").containsEntry("ruleOfWarehouse", "BONDED-NINGBO");
            assertThat(shipping.result().minor()).isEqualTo(1500);
            assertThat(step(quote, "freight-allocation", "EU-SERUM").result().minor()
                    + step(quote, "freight-allocation", "US-VIT").result().minor()).isEqualTo(1500);
        }

        private PriceStep step(Quote quote, String name, String sku) {
            return quote.steps().stream()
                    .filter(s -> s.step().equals(name) && java.util.Objects.equals(s.skuCode(), sku))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void lines_always_add_up_to_the_totals_over_random_carts() {
        Random random = new Random(4242);
        String[] currencies = {"CNY", "EUR", "USD", "JPY"};
        String[] categories = {null, "GENERAL", "REDUCED_9", "COSMETICS", "JEWELLERY_JADE", "WINE", "PRECIOUS_JEWELLERY", "WATCH"};
        String[] units = {"ML", "G", "PIECE"};
        for (int run = 0; run < 2_000; run++) {
            List<CartLine> lines = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                NetContent content = random.nextInt(3) == 0 ? null
                        : new NetContent(BigDecimal.valueOf(1 + random.nextInt(500)), units[random.nextInt(units.length)]);
                long price = 1 + (random.nextInt(4) == 0 ? random.nextInt(3_000_000) : random.nextInt(50_000));
                lines.add(new CartLine("S" + i, 1 + (random.nextInt(3) == 0 ? random.nextInt(5) : 0),
                        new Money(price, currencies[random.nextInt(currencies.length)]),
                        categories[random.nextInt(categories.length)], random.nextInt(2500), content));
            }
            ShippingRule rule = random.nextBoolean() ? SeededRules.NINGBO : flat(random.nextInt(5000));
            Quote quote = calculator.quote(lines, DAY, RATES, SeededRules.with(rule), random.nextBoolean());

            long goods = 0, discount = 0, shipping = 0, tax = 0, total = 0, dutiable = 0, tariff = 0, ct = 0, vat = 0;
            for (Quote.Line l : quote.lines()) {
                assertThat(l.goods()).isEqualTo(l.unitPrice().times(l.quantity()));
                assertThat(l.dutiableValue()).isEqualTo(l.goods().minus(l.discount()).plus(l.shipping()));
                assertThat(l.tax()).isEqualTo(l.taxBreakdown().total());
                assertThat(l.total()).isEqualTo(l.goods().minus(l.discount()).plus(l.shipping()).plus(l.tax()));
                assertThat(l.shipping().minor()).isNotNegative();
                goods += l.goods().minor(); discount += l.discount().minor(); shipping += l.shipping().minor();
                tax += l.tax().minor(); total += l.total().minor(); dutiable += l.dutiableValue().minor();
                tariff += l.taxBreakdown().tariff().minor(); ct += l.taxBreakdown().consumptionTax().minor();
                vat += l.taxBreakdown().vat().minor();
            }
            assertThat(quote.goods().minor()).isEqualTo(goods);
            assertThat(quote.discount().minor()).isEqualTo(discount);
            assertThat(quote.shipping().minor()).isEqualTo(shipping);
            assertThat(quote.tax().minor()).isEqualTo(tax);
            assertThat(quote.total().minor()).isEqualTo(total).isEqualTo(goods - discount + shipping + tax);
            assertThat(quote.dutiableValue().minor()).isEqualTo(dutiable);
            assertThat(quote.taxBreakdown().tariff().minor()).isEqualTo(tariff);
            assertThat(quote.taxBreakdown().consumptionTax().minor()).isEqualTo(ct);
            assertThat(quote.taxBreakdown().vat().minor()).isEqualTo(vat);
            assertThat(quote.taxBreakdown().total().minor()).isEqualTo(tax);
        }
    }

    private Quote price(ShippingRule rule, CartLine... lines) {
        return calculator.quote(List.of(lines), DAY, RATES, SeededRules.with(rule), false);
    }

    private static CartLine cny(String sku, int quantity, long fen, String category, int weightGrams, NetContent content) {
        return new CartLine(sku, quantity, Money.cny(fen), category, weightGrams, content);
    }

    private static FxRate rate(String currency, String rate) {
        return new FxRate(currency, "CNY", new BigDecimal(rate), LocalDate.of(2026, 11, 1), "test");
    }
}
