package io.kaola.product.catalog.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.ProductError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxProfileRulesTest {

    @Test void an_hs_code_has_8_or_10_digits_and_may_be_written_with_dots() {
        assertThat(TaxProfileRules.hsCode("33049900")).isEqualTo("33049900");
        assertThat(TaxProfileRules.hsCode("3304.9900.10")).isEqualTo("3304990010");
        assertThat(TaxProfileRules.hsCode("")).isNull();
    }

    @Test void an_hs_code_of_another_length_or_with_letters_is_refused() {
        for (String bad : new String[] {"3304", "330499001", "33049900123", "3304990A"}) {
            assertThatThrownBy(() -> TaxProfileRules.hsCode(bad)).as(bad).isInstanceOfSatisfying(KaolaException.class,
                    e -> assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue());
        }
    }

    @Test void a_tax_category_code_is_trimmed_and_upper_cased_and_never_blank() {
        assertThat(TaxProfileRules.taxCategoryCode(" cosmetics ")).isEqualTo("COSMETICS");
        assertThatThrownBy(() -> TaxProfileRules.taxCategoryCode("  ")).isInstanceOf(KaolaException.class);
    }
}
