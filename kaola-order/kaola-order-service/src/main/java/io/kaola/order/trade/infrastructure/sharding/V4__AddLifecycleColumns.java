package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * The order's journey to the door on trade_order_0..3 of one physical order database: the payment's provider
 * transaction id (declared to customs in CEB311), when the order entered each status after PAID (its history, shown
 * by GET /api/orders/{orderNo}), and why it entered the current one. An index on (status, created_at) serves the
 * sweep of unpaid orders past their timeout.
 */
public class V4__AddLifecycleColumns extends BaseJavaMigration {

    static final String TRADE_ORDER = """
            ALTER TABLE trade_order_%d
              ADD COLUMN pay_transaction_id VARCHAR(64) NULL COMMENT 'provider transaction id of the paying payment' AFTER payment_no,
              ADD COLUMN declared_at  DATETIME(3) NULL COMMENT 'entered DECLARING',
              ADD COLUMN cleared_at   DATETIME(3) NULL COMMENT 'entered CLEARED (customs release)',
              ADD COLUMN shipped_at   DATETIME(3) NULL COMMENT 'entered SHIPPED',
              ADD COLUMN delivered_at DATETIME(3) NULL COMMENT 'entered DELIVERED',
              ADD COLUMN completed_at DATETIME(3) NULL COMMENT 'entered COMPLETED',
              ADD COLUMN closed_at    DATETIME(3) NULL COMMENT 'entered CLOSED',
              ADD COLUMN rejected_at  DATETIME(3) NULL COMMENT 'entered CUSTOMS_REJECTED',
              ADD COLUMN status_reason VARCHAR(255) NULL COMMENT 'why the current status was entered',
              ADD INDEX idx_status_created (status, created_at)
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
