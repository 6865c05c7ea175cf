package io.kaola.product.catalogimport.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightsTest {
    final Weights weights = new Weights(500);

    @Test void a_numeric_weight_attribute_gives_the_grams_rounded_half_up() {
        assertThat(weights.gramsOf(Map.of("weight", AttributeValue.number(new BigDecimal("1250.5"))))).isEqualTo(1251);
        assertThat(weights.gramsOf(Map.of("weight-grams", AttributeValue.text(" 300 ")))).isEqualTo(300);
    }

    @Test void the_first_usable_attribute_in_name_order_wins() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("weightInGrams", AttributeValue.number(new BigDecimal("700")));
        attributes.put("weight", AttributeValue.text("heavy"));
        assertThat(weights.gramsOf(attributes)).isEqualTo(700);
    }

    @Test void no_usable_attribute_gives_the_default() {
        assertThat(weights.gramsOf(Map.of())).isEqualTo(500);
        assertThat(weights.gramsOf(Map.of("weight", AttributeValue.number(new BigDecimal("0.2"))))).isEqualTo(500);
        assertThat(weights.gramsOf(Map.of("weight", AttributeValue.other()))).isEqualTo(500);
    }

    @Test void the_default_must_be_positive() {
        assertThatThrownBy(() -> new Weights(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
