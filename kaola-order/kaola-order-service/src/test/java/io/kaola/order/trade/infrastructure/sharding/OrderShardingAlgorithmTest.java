package io.kaola.order.trade.infrastructure.sharding;

import com.google.common.collect.Range;
import org.apache.shardingsphere.sharding.api.sharding.complex.ComplexKeysShardingValue;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OrderShardingAlgorithmTest {
    private static final List<String> DATABASES = List.of("ds_0", "ds_1");
    private static final List<String> TABLES = List.of("trade_order_0", "trade_order_1", "trade_order_2", "trade_order_3");

    private static OrderShardingAlgorithm algorithm(String level) {
        OrderShardingAlgorithm algorithm = new OrderShardingAlgorithm();
        Properties props = new Properties();
        props.setProperty("level", level);
        algorithm.init(props);
        return algorithm;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ComplexKeysShardingValue<Comparable<?>> values(Map<String, Collection<?>> values) {
        return new ComplexKeysShardingValue("trade_order", (Map) values, Map.<String, Range<Comparable<?>>>of());
    }

    @Test
    void buyer_7_goes_to_ds_1_and_table_3() {
        var value = values(Map.of("buyer_id", List.of(7L)));
        assertThat(algorithm("database").doSharding(DATABASES, value)).containsExactly("ds_1");
        assertThat(algorithm("table").doSharding(TABLES, value)).containsExactly("trade_order_3");
    }

    @Test
    void an_order_number_alone_routes_by_its_last_4_digits() {
        var value = values(Map.of("order_no", List.of("7341051210006")));  // 0006 % 8 = 6: ds_0, table 3
        assertThat(algorithm("database").doSharding(DATABASES, value)).containsExactly("ds_0");
        assertThat(algorithm("table").doSharding(TABLES, value)).containsExactly("trade_order_3");
    }

    @Test
    void the_buyer_wins_over_the_order_number() {
        var value = values(Map.of("buyer_id", List.of(1L), "order_no", List.of("7341051210006")));
        assertThat(algorithm("table").doSharding(TABLES, value)).containsExactly("trade_order_0");
        assertThat(algorithm("database").doSharding(DATABASES, value)).containsExactly("ds_1");
    }

    @Test
    void several_buyers_give_the_union_of_their_targets() {
        var value = values(Map.of("buyer_id", List.of(0L, 2, 4L)));
        assertThat(algorithm("table").doSharding(TABLES, value))
                .containsExactlyInAnyOrder("trade_order_0", "trade_order_1", "trade_order_2");
        assertThat(algorithm("database").doSharding(DATABASES, value)).containsExactly("ds_0");
    }

    @Test
    void without_either_key_every_target_is_searched() {
        var value = values(Map.of());
        assertThat(algorithm("database").doSharding(DATABASES, value)).containsExactlyElementsOf(DATABASES);
        assertThat(algorithm("table").doSharding(TABLES, value)).containsExactlyElementsOf(TABLES);
    }

    @Test
    void item_tables_are_picked_by_the_same_index() {
        var value = values(Map.of("buyer_id", List.of(5L)));
        assertThat(algorithm("table").doSharding(
                List.of("trade_order_item_0", "trade_order_item_1", "trade_order_item_2", "trade_order_item_3"), value))
                .containsExactly("trade_order_item_2");
    }
}
