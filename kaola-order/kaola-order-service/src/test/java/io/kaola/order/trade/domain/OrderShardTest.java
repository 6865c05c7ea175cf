package io.kaola.order.trade.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderShardTest {

    @Nested
    class ABuyersShard {
        @ParameterizedTest(name = "buyer {0} → slot {1}, database {2}, table {3}")
        @CsvSource({"0,0,0,0", "1,1,1,0", "2,2,0,1", "3,3,1,1", "4,4,0,2", "5,5,1,2", "6,6,0,3", "7,7,1,3",
                "8,0,0,0", "10007,7,1,3", "9999999,7,1,3", "123456789,5,1,2"})
        void is_buyer_id_mod_8_spread_as_database_slot_mod_2_and_table_slot_div_2(long buyerId, int slot, int database, int table) {
            OrderShard shard = OrderShard.ofBuyer(buyerId);
            assertThat(shard.slot()).isEqualTo(slot);
            assertThat(shard.database()).isEqualTo(database);
            assertThat(shard.table()).isEqualTo(table);
        }

        @Test
        void the_8_slots_cover_every_database_and_table_exactly_once() {
            var seen = new java.util.HashSet<String>();
            for (int slot = 0; slot < OrderShard.SLOTS; slot++) {
                OrderShard shard = new OrderShard(slot);
                seen.add(shard.database() + "/" + shard.table());
            }
            assertThat(seen).hasSize(OrderShard.DATABASES * OrderShard.TABLES_PER_DATABASE);
        }

        @Test
        void a_negative_buyer_id_is_refused() {
            assertThatThrownBy(() -> OrderShard.ofBuyer(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class AnOrderNumber {
        @Test
        void is_the_sequence_id_followed_by_the_buyer_id_mod_10000_in_4_digits() {
            assertThat(OrderShard.orderNo(73410512L, 1234567L)).isEqualTo("734105124567");
            assertThat(OrderShard.orderNo(73410512L, 42L)).isEqualTo("734105120042");
            assertThat(OrderShard.orderNo(73410512L, 0L)).isEqualTo("734105120000");
        }

        @Test
        void made_from_a_snowflake_id_is_all_digits_and_fits_the_column() {
            String orderNo = OrderShard.orderNo(Long.MAX_VALUE, 99_999_999L);
            assertThat(orderNo).matches("[0-9]+").hasSizeLessThanOrEqualTo(OrderShard.MAX_ORDER_NO_LENGTH);
            assertThat(OrderShard.isOrderNo(orderNo)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 7, 8, 9, 15, 9_999, 10_000, 10_007, 123_456_789, 987_654_321_012L})
        void names_the_same_shard_as_its_buyer(long buyerId) {
            String orderNo = OrderShard.orderNo(1_000_000_000_000L + buyerId, buyerId);
            assertThat(OrderShard.ofOrderNo(orderNo)).contains(OrderShard.ofBuyer(buyerId));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1234", "12a45678", "-12345678", "123456789012345678901234567890123"})
        void that_is_malformed_names_no_shard(String orderNo) {
            assertThat(OrderShard.isOrderNo(orderNo)).isFalse();
            assertThat(OrderShard.ofOrderNo(orderNo)).isEmpty();
        }

        @Test
        void null_names_no_shard() {
            assertThat(OrderShard.ofOrderNo(null)).isEmpty();
        }
    }
}
