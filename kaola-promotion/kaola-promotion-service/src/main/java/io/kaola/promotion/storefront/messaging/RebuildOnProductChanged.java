package io.kaola.promotion.storefront.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.product.api.ProductChanged;
import io.kaola.promotion.storefront.application.BuildStorefront;
import org.springframework.stereotype.Component;

/** A product changed: the home page is rebuilt at the next sweep (once, however many changed). Idempotent. */
@Component
public class RebuildOnProductChanged implements KaolaMessageListener<ProductChanged> {
    private final BuildStorefront storefront;

    public RebuildOnProductChanged(BuildStorefront storefront) { this.storefront = storefront; }

    @Override public String topic() { return ProductChanged.TOPIC; }
    @Override public String consumerGroup() { return "promotion-rebuilds-storefront-on-product"; }
    @Override public Class<ProductChanged> payloadType() { return ProductChanged.class; }

    @Override
    public void onMessage(ProductChanged event, String key) { storefront.markDirty(); }
}
