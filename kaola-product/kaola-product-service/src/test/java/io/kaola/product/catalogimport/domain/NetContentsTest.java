package io.kaola.product.catalogimport.domain;

import io.kaola.product.catalog.domain.NetContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetContentsTest {
    static Map<String, AttributeValue> attributes(Object... nameThenValue) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            Object value = nameThenValue[i + 1];
            attributes.put((String) nameThenValue[i], value instanceof Number n ? AttributeValue.number(new BigDecimal(n.toString()))
                    : AttributeValue.text((String) value));
        }
        return attributes;
    }

    static NetContent amount(String quantity, String unit) { return new NetContent(new BigDecimal(quantity), unit); }

    @Test void a_numeric_attribute_named_for_its_unit_gives_the_net_content() {
        assertThat(NetContents.of(attributes("volume-ml", 15))).isEqualTo(amount("15", "ML"));
        assertThat(NetContents.of(attributes("net-weight-g", "50.5"))).isEqualTo(amount("50.5", "G"));
        assertThat(NetContents.of(attributes("pieces", 2))).isEqualTo(amount("2", "PIECE"));
    }

    @Test void a_content_text_is_read_as_amount_and_unit_converting_litres_and_kilograms() {
        assertThat(NetContents.of(attributes("content", "50 ml"))).isEqualTo(amount("50", "ML"));
        assertThat(NetContents.of(attributes("content", "0.75L"))).isEqualTo(amount("750", "ML"));
        assertThat(NetContents.of(attributes("net-content", "1,5 kg"))).isEqualTo(amount("1500", "G"));
        assertThat(NetContents.of(attributes("content", "5 pcs"))).isEqualTo(amount("5", "PIECE"));
    }

    @Test void a_named_numeric_attribute_wins_over_a_content_text() {
        assertThat(NetContents.of(attributes("content", "100 ml", "net-weight-g", 30))).isEqualTo(amount("30", "G"));
    }

    @Test void amounts_are_kept_to_three_decimals_without_trailing_zeros() {
        assertThat(NetContents.of(attributes("volume-ml", "12.34567"))).isEqualTo(amount("12.346", "ML"));
        assertThat(NetContents.of(attributes("volume-ml", "100.000")).quantity().toPlainString()).isEqualTo("100");
    }

    @Test void no_attribute_or_an_unusable_one_means_unknown() {
        assertThat(NetContents.of(attributes("size", "6ft x 6ft", "weight", 300))).isNull();
        assertThat(NetContents.of(attributes("volume-ml", 0))).isNull();
        assertThat(NetContents.of(attributes("volume-ml", "a lot"))).isNull();
        assertThat(NetContents.of(attributes("content", "Velvet upholstery"))).isNull();
        assertThat(NetContents.of(attributes("content", "3 oz"))).isNull();
        assertThat(NetContents.of(attributes("volume-ml", "12345678901"))).isNull();
    }
}
