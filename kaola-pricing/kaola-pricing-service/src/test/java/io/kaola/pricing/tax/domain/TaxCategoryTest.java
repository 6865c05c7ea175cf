package io.kaola.pricing.tax.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PricingError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.kaola.pricing.testsupport.SeededRules.COSMETICS;
import static io.kaola.pricing.testsupport.SeededRules.GENERAL;
import static io.kaola.pricing.testsupport.SeededRules.WATCH;
import static io.kaola.pricing.testsupport.SeededRules.WINE;
import static io.kaola.pricing.testsupport.SeededRules.grams;
import static io.kaola.pricing.testsupport.SeededRules.ml;
import static io.kaola.pricing.testsupport.SeededRules.pieces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxCategoryTest {

    @Nested
    class HighEndCosmetics {
        @Test
        void t2_a_15_ml_cream_of_200_is_high_end_at_13_33_per_ml() {
            assertThat(COSMETICS.leviesConsumptionTax(20000, 1, ml("15"))).isTrue();
        }

        @Test
        void t1_a_50_g_cream_of_200_is_ordinary_at_4_per_g() {
            assertThat(COSMETICS.leviesConsumptionTax(20000, 1, grams("50"))).isFalse();
        }

        @Test
        void exactly_10_per_ml_is_high_end_and_one_fen_less_is_not() {
            assertThat(COSMETICS.leviesConsumptionTax(30000, 1, ml("30"))).isTrue();
            assertThat(COSMETICS.leviesConsumptionTax(29999, 1, ml("30"))).isFalse();
        }

        @Test
        void the_test_is_per_unit_so_the_quantity_does_not_change_it() {
            // 3 × 150.00 for 15 ml each: 10.00 per ml
            assertThat(COSMETICS.leviesConsumptionTax(45000, 3, ml("15"))).isTrue();
            assertThat(COSMETICS.leviesConsumptionTax(44999, 3, ml("15"))).isFalse();
        }

        @Test
        void a_fractional_net_content_is_compared_exactly() {
            // 75.00 for 7.5 ml = 10.00 per ml
            assertThat(COSMETICS.leviesConsumptionTax(7500, 1, ml("7.5"))).isTrue();
            assertThat(COSMETICS.leviesConsumptionTax(7499, 1, ml("7.5"))).isFalse();
        }

        @Test
        void sold_by_the_piece_the_threshold_is_15_per_piece() {
            // a box of 10 masks for 150.00 = 15.00 per piece
            assertThat(COSMETICS.leviesConsumptionTax(15000, 1, pieces("10"))).isTrue();
            assertThat(COSMETICS.leviesConsumptionTax(14999, 1, pieces("10"))).isFalse();
        }

        @Test
        void an_unknown_net_content_is_charged_on_the_safe_side() {
            assertThat(COSMETICS.leviesConsumptionTax(100, 1, null)).isTrue();
        }
    }

    @Nested
    class Watches {
        @Test
        void a_watch_of_10000_or_more_per_unit_pays_ct_and_a_cheaper_one_does_not() {
            assertThat(WATCH.leviesConsumptionTax(1_000_000, 1, null)).isTrue();
            assertThat(WATCH.leviesConsumptionTax(999_999, 1, null)).isFalse();
            assertThat(WATCH.leviesConsumptionTax(1_999_998, 2, null)).as("two at 9999.99").isFalse();
        }
    }

    @Test
    void ad_valorem_categories_always_pay_ct_and_general_goods_never() {
        assertThat(WINE.leviesConsumptionTax(1, 1, null)).isTrue();
        assertThat(GENERAL.leviesConsumptionTax(100_000_000, 1, ml("1"))).isFalse();
    }

    @Nested
    class WhenOpsSetACategory {
        @Test
        void a_valid_category_is_kept_with_rates_at_four_decimals() {
            TaxCategory c = TaxCategory.checkNew("BABY_FORMULA", " Baby formula ", new BigDecimal("0.09"),
                    BigDecimal.ZERO, "NONE", null, null, new BigDecimal("0.05"), false, null);
            assertThat(c.vatRate()).isEqualTo(new BigDecimal("0.0900"));
            assertThat(c.consumptionTaxRate()).isEqualTo(new BigDecimal("0.0000"));
            assertThat(c.name()).isEqualTo("Baby formula");
            assertThat(c.source()).isEqualTo("ops setting");
            assertThat(c.basis()).isEqualTo(ConsumptionTaxBasis.NONE);
        }

        @Test
        void a_rate_outside_0_to_1_or_with_five_decimals_is_refused() {
            assertInvalid(() -> checked("X", "1.01", "0", "NONE", "0.1"));
            assertInvalid(() -> checked("X", "-0.01", "0", "NONE", "0.1"));
            assertInvalid(() -> checked("X", "0.13", "0", "NONE", "1.5"));
            assertInvalid(() -> checked("X", "0.13005", "0", "NONE", "0.1"));
            assertInvalid(() -> checked("X", null, "0", "NONE", "0.1"));
        }

        @Test
        void a_consumption_tax_rate_of_1_would_divide_by_zero_and_is_refused() {
            assertInvalid(() -> checked("X", "0.13", "1", "AD_VALOREM", "0.1"));
        }

        @Test
        void an_unknown_basis_or_a_rate_that_does_not_match_its_basis_is_refused() {
            assertInvalid(() -> checked("X", "0.13", "0.1", "PER_LITRE", "0.1"));
            assertInvalid(() -> checked("X", "0.13", "0.1", "NONE", "0.1"));
            assertInvalid(() -> checked("X", "0.13", "0", "AD_VALOREM", "0.1"));
            assertInvalid(() -> checked("X", "0.13", "0.1", null, "0.1"));
        }

        @Test
        void a_threshold_basis_needs_its_positive_cny_thresholds() {
            assertInvalid(() -> TaxCategory.checkNew("C", "c", new BigDecimal("0.13"), new BigDecimal("0.15"),
                    "COSMETICS_THRESHOLD", Money.cny(1000), null, new BigDecimal("0.1"), false, "s"));
            assertInvalid(() -> TaxCategory.checkNew("C", "c", new BigDecimal("0.13"), new BigDecimal("0.15"),
                    "COSMETICS_THRESHOLD", new Money(1000, "EUR"), Money.cny(1500), new BigDecimal("0.1"), false, "s"));
            assertInvalid(() -> TaxCategory.checkNew("W", "w", new BigDecimal("0.13"), new BigDecimal("0.2"),
                    "WATCH_THRESHOLD", null, Money.cny(0), new BigDecimal("0.1"), false, "s"));
        }

        @Test
        void a_lower_case_or_blank_code_or_a_missing_name_is_refused() {
            assertInvalid(() -> checked("general", "0.13", "0", "NONE", "0.1"));
            assertInvalid(() -> checked(" ", "0.13", "0", "NONE", "0.1"));
            assertInvalid(() -> TaxCategory.checkNew("X", " ", new BigDecimal("0.13"), BigDecimal.ZERO, "NONE", null,
                    null, new BigDecimal("0.1"), false, "s"));
        }

        private TaxCategory checked(String code, String vat, String ct, String basis, String mfn) {
            return TaxCategory.checkNew(code, "name", vat == null ? null : new BigDecimal(vat), new BigDecimal(ct), basis,
                    null, null, new BigDecimal(mfn), false, "s");
        }

        private void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
            assertThatThrownBy(call).isInstanceOfSatisfying(KaolaException.class,
                    e -> assertThat(e.is(PricingError.INVALID_TAX_CATEGORY)).isTrue());
        }
    }
}
