package io.kaola.product.catalog.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.product.catalog.application.ProductDetails;
import org.springframework.stereotype.Component;

/**
 * A SKU went in or out of stock: its product's cached detail shows a stale in-stock flag, so it is
 * dropped ({@link ProductDetails#evictForSku}). Idempotent by nature (evicting twice is harmless), so no inbox.
 */
@Component
public class EvictDetailOnStockChange implements KaolaMessageListener<SkuStockChanged> {
    public static final String GROUP = "product-evicts-detail-on-stock";

    private final ProductDetails details;

    public EvictDetailOnStockChange(ProductDetails details) { this.details = details; }

    @Override public String topic() { return SkuStockChanged.TOPIC; }
    @Override public String consumerGroup() { return GROUP; }
    @Override public Class<SkuStockChanged> payloadType() { return SkuStockChanged.class; }

    @Override
    public void onMessage(SkuStockChanged payload, String key) {
        details.evictForSku(payload.skuCode());
    }
}
