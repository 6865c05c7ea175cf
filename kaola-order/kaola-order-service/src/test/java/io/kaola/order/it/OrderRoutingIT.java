package io.kaola.order.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderView;
import io.kaola.order.trade.domain.OrderShard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shows the routing (docs/sharding.md) with ShardingSphere's own SQL log ("Actual SQL: ds_x ::: ...",
 * logger ShardingSphere-SQL, props sql-show) and with plain JDBC on the physical tables.
 */
class OrderRoutingIT extends OrderItSupport {
    /** Buyers covering the 8 slots, two of them with ids past 10000 (the order number keeps id % 10000). */
    private static final long[] BUYERS = {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 20_015, 123_456_789};
    private static final Pattern ACTUAL = Pattern.compile("Actual SQL: (ds_\\d) ::: (.*)", Pattern.DOTALL);

    private final ListAppender<ILoggingEvent> sqlLog = new ListAppender<>();
    private final Logger shardingSphereSql = (Logger) LoggerFactory.getLogger("ShardingSphere-SQL");

    @BeforeEach
    void captureSql() {
        sqlLog.start();
        shardingSphereSql.addAppender(sqlLog);
    }

    @AfterEach
    void stopCapturing() {
        shardingSphereSql.detachAppender(sqlLog);
    }

    @Test
    void each_order_and_its_items_land_in_the_one_table_its_buyers_slot_names() throws Exception {
        Set<String> tablesUsed = new HashSet<>();
        for (long buyer : BUYERS) {
            OrderView order = place(buyer);
            OrderShard shard = OrderShard.ofBuyer(buyer);
            String expected = shard.database() + "/" + shard.table();
            assertThat(order.orderNo()).endsWith(String.format("%04d", buyer % 10_000));
            assertThat(tablesHolding("trade_order", order.orderNo())).as("buyer " + buyer).containsExactly(expected);
            assertThat(tablesHolding("trade_order_item", order.orderNo())).as("buyer " + buyer).containsExactly(expected);
            tablesUsed.add(expected);
        }
        assertThat(tablesUsed).as("every one of the 2 × 4 tables").hasSize(8);
    }

    @Test
    void every_row_of_a_physical_table_belongs_to_that_tables_slot() throws Exception {
        for (long buyer : BUYERS) place(buyer + 100);
        for (int d = 0; d < OrderShard.DATABASES; d++) {
            try (Connection c = physical(d)) {
                for (int t = 0; t < OrderShard.TABLES_PER_DATABASE; t++) {
                    try (var rs = c.createStatement().executeQuery("SELECT buyer_id, order_no FROM trade_order_" + t)) {
                        while (rs.next()) {
                            OrderShard byBuyer = OrderShard.ofBuyer(rs.getLong(1));
                            OrderShard byNumber = OrderShard.ofOrderNo(rs.getString(2)).orElseThrow();
                            assertThat(byBuyer).isEqualTo(byNumber);
                            assertThat(byBuyer.database()).isEqualTo(d);
                            assertThat(byBuyer.table()).isEqualTo(t);
                        }
                    }
                }
            }
        }
    }

    @Test
    void a_lookup_by_order_number_alone_runs_exactly_one_actual_sql_on_exactly_one_table() {
        for (long buyer : BUYERS) {
            OrderView placed = place(buyer + 200);
            OrderShard shard = OrderShard.ofBuyer(buyer + 200);

            sqlLog.list.clear();
            OrderView found = orders.findByOrderNo(placed.orderNo());

            assertThat(found.buyerId()).isEqualTo(buyer + 200);
            List<String[]> actual = actualSql();
            assertThat(actual).as("actual SQL for " + placed.orderNo()).hasSize(1);
            assertThat(actual.get(0)[0]).isEqualTo("ds_" + shard.database());
            assertThat(tablesIn(actual.get(0)[1])).containsExactly("trade_order_" + shard.table());
        }
    }

    @Test
    void a_buyers_read_and_listing_stay_on_the_buyers_table() {
        long buyer = 1_000_005;
        OrderShard shard = OrderShard.ofBuyer(buyer);
        OrderView placed = place(buyer);
        place(buyer);

        sqlLog.list.clear();
        orders.getOrder(buyer, placed.orderNo());
        var page = orders.listOrders(buyer, new PageRequest(0, 10));

        assertThat(page.total()).isEqualTo(2);
        List<String[]> actual = actualSql();
        assertThat(actual).hasSize(3);  // get, list, count
        for (String[] sql : actual) {
            assertThat(sql[0]).isEqualTo("ds_" + shard.database());
            assertThat(tablesIn(sql[1])).containsExactly("trade_order_" + shard.table());
        }
    }

    @Test
    void placing_an_order_writes_to_one_database_only() {
        long buyer = 1_000_006;
        OrderShard shard = OrderShard.ofBuyer(buyer);
        sqlLog.list.clear();
        place(buyer);
        List<String[]> writes = actualSql().stream().filter(s -> s[1].startsWith("INSERT")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes).allSatisfy(s -> assertThat(s[0]).isEqualTo("ds_" + shard.database()));
        assertThat(tablesIn(writes.get(0)[1])).containsExactly("trade_order_" + shard.table());
        assertThat(tablesIn(writes.get(1)[1])).containsExactly("trade_order_item_" + shard.table());
    }

    /** @return (data source, SQL) of every "Actual SQL" line captured */
    private List<String[]> actualSql() {
        List<String[]> result = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(sqlLog.list)) {
            var m = ACTUAL.matcher(event.getFormattedMessage().trim());
            if (m.matches()) result.add(new String[] {m.group(1), m.group(2).trim()});
        }
        return result;
    }

    private static List<String> tablesIn(String sql) {
        List<String> tables = new ArrayList<>();
        var m = Pattern.compile("\\btrade_order(?:_item)?(?:_\\d)?\\b").matcher(sql);
        while (m.find()) tables.add(m.group());
        return tables.stream().distinct().toList();
    }
}
