package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Issue 12 (returns after delivery): order_return_0..3 in one physical order database, next to the order they belong
 * to (same shard: the return id starts with the order number). The lines and the refund breakdown are small JSON
 * documents; a return is only ever read whole.
 */
public class V6__CreateOrderReturnTables extends BaseJavaMigration {

    static final String ORDER_RETURN = """
            CREATE TABLE order_return_%d (
              return_id      VARCHAR(40)  NOT NULL COMMENT 'orderNo + R + sequence',
              order_no       VARCHAR(32)  NOT NULL,
              buyer_id       BIGINT       NOT NULL,
              return_seq     INT          NOT NULL COMMENT '1, 2, ... per order',
              status         VARCHAR(16)  NOT NULL COMMENT 'ReturnStatus, moved only by ReturnTransition',
              lines_json     TEXT         NOT NULL COMMENT '[{skuCode, quantity}]',
              reason         VARCHAR(255) NOT NULL,
              refusal_reason VARCHAR(255) NULL,
              customs_answer VARCHAR(16)  NULL COMMENT 'ACCEPTED or REFUSED: customs on the CEB625',
              refund_json    TEXT         NULL COMMENT 'RefundBreakdown, fen, once computed',
              within_windows TINYINT(1)   NULL COMMENT 'customs windows met: tax refunded, quota restored',
              logistics_no   VARCHAR(64)  NULL COMMENT 'the return parcel',
              refund_no      VARCHAR(40)  NULL COMMENT 'kaola-payment refund',
              requested_at   DATETIME(3)  NOT NULL,
              decided_at     DATETIME(3)  NULL,
              decided_by     VARCHAR(128) NULL,
              received_at    DATETIME(3)  NULL,
              refunded_at    DATETIME(3)  NULL,
              version        INT          NOT NULL DEFAULT 0,
              PRIMARY KEY (return_id),
              UNIQUE KEY uk_order_return_seq (order_no, return_seq),
              KEY idx_buyer_order (buyer_id, order_no),
              KEY idx_status_requested (status, requested_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (int table = 0; table < OrderShard.TABLES_PER_DATABASE; table++) {
                statement.execute(ORDER_RETURN.formatted(table));
            }
        }
    }
}
