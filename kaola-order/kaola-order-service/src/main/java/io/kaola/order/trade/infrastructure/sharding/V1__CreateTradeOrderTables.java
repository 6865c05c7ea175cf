package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Creates trade_order_0..3 and trade_order_item_0..3 in one physical order database; run by
 * {@link OrderDataSourceConfiguration} on kaola_order_0 and kaola_order_1. A Java migration because the 4 copies
 * differ only by their index. Never edit it once applied: add V2.
 */
public class V1__CreateTradeOrderTables extends BaseJavaMigration {

    static final String TRADE_ORDER = """
            CREATE TABLE trade_order_%d (
              order_no        VARCHAR(32)  NOT NULL,
              buyer_id        BIGINT       NOT NULL,
              status          VARCHAR(20)  NOT NULL,
              idempotency_key VARCHAR(64)  NOT NULL,
              goods_minor     BIGINT       NOT NULL,
              discount_minor  BIGINT       NOT NULL,
              shipping_minor  BIGINT       NOT NULL,
              tax_minor       BIGINT       NOT NULL,
              total_minor     BIGINT       NOT NULL,
              currency        CHAR(3)      NOT NULL,
              line_count      INT          NOT NULL,
              price_json      LONGTEXT     NOT NULL COMMENT 'PriceQuote with FX rates and dates, frozen at placement',
              consignee       VARCHAR(64)  NOT NULL,
              phone           CHAR(11)     NOT NULL,
              province        VARCHAR(64)  NOT NULL,
              city            VARCHAR(64)  NOT NULL,
              district        VARCHAR(64)  NOT NULL,
              detail          VARCHAR(255) NOT NULL,
              created_at      DATETIME(3)  NOT NULL,
              paid_at         DATETIME(3)  NULL,
              payment_no      VARCHAR(64)  NULL,
              version         INT          NOT NULL DEFAULT 0,
              PRIMARY KEY (order_no),
              UNIQUE KEY uk_buyer_idempotency (buyer_id, idempotency_key),
              KEY idx_buyer_created (buyer_id, created_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
            """;

    static final String TRADE_ORDER_ITEM = """
            CREATE TABLE trade_order_item_%d (
              order_no            VARCHAR(32)   NOT NULL,
              buyer_id            BIGINT        NOT NULL,
              line_no             INT           NOT NULL,
              sku_code            VARCHAR(64)   NOT NULL,
              quantity            INT           NOT NULL,
              supplier_unit_minor BIGINT        NOT NULL,
              supplier_currency   CHAR(3)       NOT NULL,
              fx_rate             DECIMAL(18,6) NULL COMMENT 'CNY per supplier unit; null for CNY-priced SKUs',
              fx_rate_date        DATE          NULL,
              fx_source           VARCHAR(128)  NULL,
              unit_price_minor    BIGINT        NOT NULL,
              goods_minor         BIGINT        NOT NULL,
              discount_minor      BIGINT        NOT NULL,
              shipping_minor      BIGINT        NOT NULL,
              tax_minor           BIGINT        NOT NULL,
              total_minor         BIGINT        NOT NULL,
              currency            CHAR(3)       NOT NULL,
              PRIMARY KEY (order_no, line_no),
              KEY idx_buyer_order (buyer_id, order_no)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (int table = 0; table < OrderShard.TABLES_PER_DATABASE; table++) {
                statement.execute(TRADE_ORDER.formatted(table));
                statement.execute(TRADE_ORDER_ITEM.formatted(table));
            }
        }
    }
}
