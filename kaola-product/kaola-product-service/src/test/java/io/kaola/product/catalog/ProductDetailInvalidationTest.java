package io.kaola.product.catalog;

import io.kaola.product.api.ProductDetailInvalidation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invalidation message both ends rely on: kaola-product writes it, the gateway's near cache reads it. */
class ProductDetailInvalidationTest {

    @Test
    void ids_travel_as_a_comma_separated_list() {
        String message = ProductDetailInvalidation.message(List.of(23L, 24L, 1_000_000_007L));
        assertThat(message).isEqualTo("23,24,1000000007");
        assertThat(ProductDetailInvalidation.spuIds(message)).containsExactly(23L, 24L, 1_000_000_007L);
        assertThat(ProductDetailInvalidation.spuIds(" 5 , 6 ")).containsExactly(5L, 6L);
    }

    @Test
    void all_and_anything_unreadable_mean_drop_everything() {
        assertThat(ProductDetailInvalidation.spuIds(ProductDetailInvalidation.ALL)).isNull();
        assertThat(ProductDetailInvalidation.spuIds("23,x")).isNull();
        assertThat(ProductDetailInvalidation.spuIds("")).isNull();
        assertThat(ProductDetailInvalidation.spuIds(null)).isNull();
    }
}
