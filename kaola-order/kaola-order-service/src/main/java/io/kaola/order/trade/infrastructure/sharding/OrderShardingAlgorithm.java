package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.apache.shardingsphere.sharding.api.sharding.complex.ComplexKeysShardingAlgorithm;
import org.apache.shardingsphere.sharding.api.sharding.complex.ComplexKeysShardingValue;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * ShardingSphere's hook for {@link OrderShard} (YAML: type CLASS_BASED, strategy COMPLEX, columns
 * buyer_id,order_no). One class serves both levels; the property {@code level} says which:
 * {@code database} picks ds_{slot % 2}, {@code table} picks the logic table's _{slot / 2}.
 * buyer_id decides when the statement has it; otherwise order_no (its last 4 digits); with
 * neither, or only a range, every target.
 */
public final class OrderShardingAlgorithm implements ComplexKeysShardingAlgorithm<Comparable<?>> {
    static final String BUYER_ID = "buyer_id";
    static final String ORDER_NO = "order_no";

    private boolean databaseLevel;

    @Override
    public void init(Properties props) {
        String level = props.getProperty("level", "");
        if (!level.equals("database") && !level.equals("table")) {
            throw new IllegalArgumentException("OrderShardingAlgorithm needs props.level = database or table, not '" + level + "'");
        }
        databaseLevel = level.equals("database");
    }

    @Override
    public Collection<String> doSharding(Collection<String> availableTargetNames,
                                         ComplexKeysShardingValue<Comparable<?>> shardingValue) {
        Map<String, Collection<Comparable<?>>> values = shardingValue.getColumnNameAndShardingValuesMap();
        Collection<Comparable<?>> buyerIds = valuesOf(values, BUYER_ID);
        Collection<Comparable<?>> orderNos = valuesOf(values, ORDER_NO);
        Set<OrderShard> shards = new LinkedHashSet<>();
        if (!buyerIds.isEmpty()) {
            for (Comparable<?> buyerId : buyerIds) shards.add(OrderShard.ofBuyer(toLong(buyerId)));
        } else if (!orderNos.isEmpty()) {
            for (Comparable<?> orderNo : orderNos) {
                shards.add(OrderShard.ofOrderNo(String.valueOf(orderNo)).orElseThrow(() ->
                        new IllegalArgumentException("not an order number: " + orderNo)));
            }
        } else {
            return availableTargetNames;
        }
        Set<String> targets = new LinkedHashSet<>();
        for (OrderShard shard : shards) targets.add(pick(availableTargetNames, shard));
        return targets;
    }

    private String pick(Collection<String> availableTargetNames, OrderShard shard) {
        String suffix = "_" + (databaseLevel ? shard.database() : shard.table());
        for (String target : availableTargetNames) {
            if (target.endsWith(suffix)) return target;
        }
        throw new IllegalStateException("no target ending in " + suffix + " among " + availableTargetNames);
    }

    private static Collection<Comparable<?>> valuesOf(Map<String, Collection<Comparable<?>>> values, String column) {
        for (Map.Entry<String, Collection<Comparable<?>>> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) return entry.getValue();
        }
        return List.of();
    }

    private static long toLong(Comparable<?> value) {
        if (value instanceof Number number) return number.longValue();
        return Long.parseLong(String.valueOf(value));
    }
}
