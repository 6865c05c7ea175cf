package io.kaola.inventory.stock.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.Warehouses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockCountTest {

    @Test
    void a_count_for_a_sku_without_a_row_creates_it() {
        assertThat(new StockCount("A", 0).effectOn(null, 0)).isEqualTo(StockCount.Effect.CREATE);
    }

    @Test
    void the_same_count_changes_nothing_and_another_one_updates() {
        assertThat(new StockCount("A", 10).effectOn(10L, 3)).isEqualTo(StockCount.Effect.UNCHANGED);
        assertThat(new StockCount("A", 3).effectOn(10L, 3)).isEqualTo(StockCount.Effect.UPDATE);
    }

    @Test
    void a_count_below_what_unpaid_orders_hold_is_refused() {
        assertThatThrownBy(() -> new StockCount("A", 2).effectOn(10L, 3))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.BELOW_RESERVED)).isTrue())
                .hasMessageContaining("3 units reserved");
    }

    @Test
    void a_negative_count_or_a_sku_counted_twice_is_refused_before_anything_is_written() {
        assertThatThrownBy(() -> StockCount.checkAll(List.of(new StockCount("A", -1))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.INVALID_QUANTITY)).isTrue());
        assertThatThrownBy(() -> StockCount.checkAll(List.of(new StockCount("A", 1), new StockCount("A", 2))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.INVALID_QUANTITY)).isTrue());
    }

    @Test
    void counts_are_applied_in_sku_code_order() {
        assertThat(StockCount.checkAll(List.of(new StockCount("B", 1), new StockCount("A", 1))))
                .extracting(StockCount::skuCode).containsExactly("A", "B");
    }

    @Test
    void no_warehouse_means_the_default_bonded_one() {
        assertThat(WarehouseCode.orDefault(null)).isEqualTo(Warehouses.DEFAULT_BONDED);
        assertThat(WarehouseCode.orDefault("BONDED-HANGZHOU")).isEqualTo("BONDED-HANGZHOU");
    }
}
