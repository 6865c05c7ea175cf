package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * The fingerprint of the checkout request on trade_order_0..3 of one physical order database
 * ({@link io.kaola.order.trade.domain.RequestFingerprint}): a request repeating an Idempotency-Key must match it.
 * Rows placed before this migration keep NULL and are replayed as before.
 */
public class V3__AddRequestFingerprint extends BaseJavaMigration {

    static final String TRADE_ORDER = """
            ALTER TABLE trade_order_%d
              ADD COLUMN request_fingerprint CHAR(64) NULL
                COMMENT 'SHA-256 of the canonical checkout request (buyer, lines, address); checked on Idempotency-Key replay'
                AFTER idempotency_key
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
