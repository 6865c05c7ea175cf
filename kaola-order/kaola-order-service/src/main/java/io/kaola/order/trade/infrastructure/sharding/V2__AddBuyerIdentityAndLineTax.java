package io.kaola.order.trade.infrastructure.sharding;

import io.kaola.order.trade.domain.OrderShard;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Cross-border columns on trade_order_0..3 and trade_order_item_0..3 of one physical order database
 * (docs/cross-border.md §3, §4.4): the verified buyer (订购人) without the full identity number, the dutiable
 * value and limit verdict, and per line the tax by kind that a customs list (CEB621/816) declares. The full
 * quote stays in price_json. Rows placed before this migration keep NULL buyer columns and zero line taxes.
 */
public class V2__AddBuyerIdentityAndLineTax extends BaseJavaMigration {

    static final String TRADE_ORDER = """
            ALTER TABLE trade_order_%d
              ADD COLUMN buyer_name         VARCHAR(64) NULL COMMENT 'verified real name of the buyer (订购人)' AFTER buyer_id,
              ADD COLUMN buyer_id_masked    VARCHAR(32) NULL COMMENT 'e.g. 3301**********123X; never the full number' AFTER buyer_name,
              ADD COLUMN buyer_identity_key CHAR(64)    NULL COMMENT 'HMAC-SHA256 blind index of the identity number (quota key)' AFTER buyer_id_masked,
              ADD COLUMN dutiable_minor     BIGINT      NULL COMMENT '完税价格: goods - discount + shipping + insurance, CNY fen' AFTER tax_minor,
              ADD COLUMN limit_verdict      VARCHAR(32) NULL COMMENT 'kaola-pricing per-transaction verdict' AFTER dutiable_minor
            """;

    static final String TRADE_ORDER_ITEM = """
            ALTER TABLE trade_order_item_%d
              ADD COLUMN tax_category_code     VARCHAR(32) NULL COMMENT 'kaola-pricing tax category' AFTER sku_code,
              ADD COLUMN dutiable_minor        BIGINT      NULL COMMENT 'line dutiable value (taxPrice), CNY fen' AFTER shipping_minor,
              ADD COLUMN tariff_minor          BIGINT      NOT NULL DEFAULT 0 COMMENT 'customsTax, CNY fen' AFTER dutiable_minor,
              ADD COLUMN consumption_tax_minor BIGINT      NOT NULL DEFAULT 0 COMMENT 'consumptionTax, CNY fen' AFTER tariff_minor,
              ADD COLUMN vat_minor             BIGINT      NOT NULL DEFAULT 0 COMMENT 'valueAddedTax, CNY fen' AFTER consumption_tax_minor
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
