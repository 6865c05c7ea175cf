package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Issue 12 (money back) on trade_order_0..3 of one physical order database: when a paid order entered REFUNDING
 * (cancelled before customs release) and REFUNDED (its full refund succeeded). The refunds themselves live in
 * kaola-payment (refund, by order number); the order shows them by asking it.
 */
public class V5__AddRefundColumns extends BaseJavaMigration {

    static final String TRADE_ORDER = """
            ALTER TABLE trade_order_%d
              ADD COLUMN refunding_at DATETIME(3) NULL COMMENT 'entered REFUNDING (paid, then cancelled before release)',
              ADD COLUMN refunded_at  DATETIME(3) NULL COMMENT 'entered REFUNDED (the full refund succeeded)'
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (int table = 0; table < OrderShard.TABLES_PER_DATABASE; table++) {
                statement.execute(TRADE_ORDER.formatted(table));
            }
        }
    }
}
