package io.kaola.inventory.stock.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityChangeTest {

    @Test
    void selling_the_last_unit_crosses_zero_out_of_stock() {
        AvailabilityChange change = new AvailabilityChange("A", "W", 1, 0);
        assertThat(change.crossesZero()).isTrue();
        assertThat(change.isInStockAfter()).isFalse();
    }

    @Test
    void giving_units_back_to_a_sold_out_sku_crosses_zero_into_stock() {
        AvailabilityChange change = new AvailabilityChange("A", "W", 0, 2);
        assertThat(change.crossesZero()).isTrue();
        assertThat(change.isInStockAfter()).isTrue();
    }

    @Test
    void a_change_that_stays_on_one_side_of_zero_is_not_news() {
        assertThat(new AvailabilityChange("A", "W", 5, 4).crossesZero()).isFalse();
        assertThat(new AvailabilityChange("A", "W", 0, 0).crossesZero()).isFalse();
    }
}
