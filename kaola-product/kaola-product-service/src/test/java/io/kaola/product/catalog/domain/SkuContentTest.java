package io.kaola.product.catalog.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.ProductError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkuContentTest {
    static final SkuContent UNKNOWN = new SkuContent(500, null, null);
    static final SkuContent CREAM = new SkuContent(120, new BigDecimal("50"), "ML");

    @Test void null_fields_keep_the_current_values() {
        assertThat(CREAM.edit(null, null, 150)).isEqualTo(new SkuContent(150, new BigDecimal("50"), "ML"));
        assertThat(CREAM.edit(new BigDecimal("15.0"), null, null)).isEqualTo(new SkuContent(120, new BigDecimal("15"), "ML"));
    }

    @Test void a_net_content_is_set_with_quantity_and_unit_in_any_case() {
        assertThat(UNKNOWN.edit(new BigDecimal("2"), "piece", null)).isEqualTo(new SkuContent(500, new BigDecimal("2"), "PIECE"));
    }

    @Test void a_quantity_without_a_unit_or_a_unit_without_a_quantity_is_refused() {
        assertRefused(() -> UNKNOWN.edit(new BigDecimal("15"), null, null), "give netUnit");
        assertRefused(() -> UNKNOWN.edit(null, "ML", null), "give netQuantity");
    }

    @Test void a_quantity_must_be_positive_with_at_most_three_decimals() {
        assertRefused(() -> CREAM.edit(BigDecimal.ZERO, null, null), "must be > 0");
        assertRefused(() -> CREAM.edit(new BigDecimal("-1"), null, null), "must be > 0");
        assertRefused(() -> CREAM.edit(new BigDecimal("1.2345"), null, null), "more than 3 decimals");
        assertRefused(() -> CREAM.edit(new BigDecimal("1234567890"), null, null), "too large");
        assertThat(CREAM.edit(new BigDecimal("1E+2"), null, null).netQuantity().toPlainString()).isEqualTo("100");
    }

    @Test void only_ml_g_and_piece_are_units() {
        assertRefused(() -> CREAM.edit(null, "oz", null), "ML, G or PIECE");
    }

    @Test void a_weight_is_between_one_gram_and_one_tonne() {
        assertRefused(() -> CREAM.edit(null, null, 0), "weightGrams must be 1..1000000");
        assertRefused(() -> CREAM.edit(null, null, 1_000_001), "weightGrams");
        assertThat(CREAM.edit(null, null, 1_000_000).weightGrams()).isEqualTo(1_000_000);
    }

    @Test void an_edit_without_any_field_is_refused() {
        assertRefused(() -> CREAM.edit(null, null, null), "nothing to change");
    }

    private static void assertRefused(Runnable edit, String because) {
        assertThatThrownBy(edit::run).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue();
            assertThat(e.getMessage()).contains(because);
        });
    }
}
