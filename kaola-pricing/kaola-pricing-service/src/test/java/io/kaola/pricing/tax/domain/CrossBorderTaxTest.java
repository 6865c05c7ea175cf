package io.kaola.pricing.tax.domain;

import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.TaxBreakdown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.kaola.pricing.tax.domain.CrossBorderTax.Levy.IN_FULL;
import static io.kaola.pricing.tax.domain.CrossBorderTax.Levy.WITHIN_LIMITS;
import static io.kaola.pricing.testsupport.SeededRules.COSMETICS;
import static io.kaola.pricing.testsupport.SeededRules.GENERAL;
import static io.kaola.pricing.testsupport.SeededRules.REDUCED_9;
import static io.kaola.pricing.testsupport.SeededRules.WATCH;
import static io.kaola.pricing.testsupport.SeededRules.WINE;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of docs/cross-border.md §2 and §7, one line at a time (P in fen). */
class CrossBorderTaxTest {

    @Nested
    class WithinTheLimits {
        @Test
        void t1_ordinary_cream_200_plus_freight_20_pays_vat_20_02_and_nothing_else() {
            TaxBreakdown tax = CrossBorderTax.lineTax(22000, COSMETICS, false, WITHIN_LIMITS);
            assertTax(tax, 0, 0, 2002);
            assertThat(tax.consumptionTaxRate()).isEqualByComparingTo("0");
            assertThat(tax.vatRate()).isEqualByComparingTo("0.13");
            assertThat(tax.levyFactor()).isEqualByComparingTo("0.7");
            assertThat(tax.total().minor()).isEqualTo(2002);
        }

        @Test
        void t2_high_end_cream_pays_ct_27_18_and_vat_23_55() {
            TaxBreakdown tax = CrossBorderTax.lineTax(22000, COSMETICS, true, WITHIN_LIMITS);
            assertTax(tax, 0, 2718, 2355);
            assertThat(tax.total().minor()).isEqualTo(5073);
            assertThat(tax.consumptionTaxRate()).isEqualByComparingTo("0.15");
        }

        @Test
        void t3_skincare_425_pays_ct_52_50_and_vat_45_50() {
            assertTax(CrossBorderTax.lineTax(42500, COSMETICS, true, WITHIN_LIMITS), 0, 5250, 4550);
        }

        @Test
        void t4_a_price_cut_to_170_with_freight_20_is_taxed_on_190() {
            assertThat(CrossBorderTax.lineTax(19000, GENERAL, false, WITHIN_LIMITS).total().minor()).isEqualTo(1729);
        }

        @Test
        void t5_wine_300_rounds_each_component_23_33_plus_30_33_not_the_sum_53_67() {
            TaxBreakdown tax = CrossBorderTax.lineTax(30000, WINE, true, WITHIN_LIMITS);
            assertTax(tax, 0, 2333, 3033);
            assertThat(tax.total().minor()).isEqualTo(5366);
        }

        @Test
        void t6_a_9_percent_good_of_300_pays_18_90() {
            assertTax(CrossBorderTax.lineTax(30000, REDUCED_9, false, WITHIN_LIMITS), 0, 0, 1890);
        }

        @Test
        void t7_the_lines_with_their_freight_share() {
            assertTax(CrossBorderTax.lineTax(30938, GENERAL, false, WITHIN_LIMITS), 0, 0, 2815);
            assertTax(CrossBorderTax.lineTax(51562, COSMETICS, true, WITHIN_LIMITS), 0, 6369, 5520);
        }

        @Test
        void the_tariff_is_zero_within_the_limits_whatever_the_mfn_rate() {
            TaxBreakdown tax = CrossBorderTax.lineTax(400000, WATCH, false, WITHIN_LIMITS);
            assertThat(tax.tariff().minor()).isZero();
            assertThat(tax.tariffRate()).isEqualByComparingTo("0");
        }

        @Test
        void half_a_fen_rounds_up() {
            // 5.00 × 0.091 = 0.455 → 0.46
            assertTax(CrossBorderTax.lineTax(500, GENERAL, false, WITHIN_LIMITS), 0, 0, 46);
            // 0.05 × 0.091 = 0.00455 → 0.00
            assertTax(CrossBorderTax.lineTax(5, GENERAL, false, WITHIN_LIMITS), 0, 0, 0);
        }
    }

    @Nested
    class ASingleItemOverTheLimit {
        @Test
        void t8_a_watch_of_12000_with_tariff_8_percent_pays_960_3240_and_2106_in_full() {
            TaxBreakdown tax = CrossBorderTax.lineTax(1_200_000, WATCH, true, IN_FULL);
            assertTax(tax, 96000, 324000, 210600);
            assertThat(tax.total().minor()).isEqualTo(630600);
            assertThat(tax.tariffRate()).isEqualByComparingTo("0.08");
            assertThat(tax.levyFactor()).isEqualByComparingTo("1");
        }

        @Test
        void a_general_item_of_6000_pays_tariff_and_vat_in_full() {
            // D = 600; VAT = (6000 + 600) × 0.13 = 858
            assertTax(CrossBorderTax.lineTax(600_000, GENERAL, false, IN_FULL), 60000, 0, 85800);
        }
    }

    @Test
    void the_levy_is_full_only_for_a_single_item_over_the_limit() {
        assertThat(CrossBorderTax.Levy.of(LimitVerdict.WITHIN_LIMIT)).isEqualTo(WITHIN_LIMITS);
        assertThat(CrossBorderTax.Levy.of(LimitVerdict.SINGLE_ITEM_OVER_LIMIT)).isEqualTo(IN_FULL);
        assertThat(CrossBorderTax.Levy.of(LimitVerdict.OVER_TRANSACTION_LIMIT)).as("a trial still shows numbers")
                .isEqualTo(WITHIN_LIMITS);
    }

    private static void assertTax(TaxBreakdown tax, long tariff, long consumptionTax, long vat) {
        assertThat(tax.tariff().minor()).as("tariff").isEqualTo(tariff);
        assertThat(tax.consumptionTax().minor()).as("consumption tax").isEqualTo(consumptionTax);
        assertThat(tax.vat().minor()).as("VAT").isEqualTo(vat);
        assertThat(tax.tariff().currency()).isEqualTo("CNY");
    }
}
