package io.kaola.promotion.seckill.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.promotion.seckill.application.PlaceFlashSaleOrder;
import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;
import org.springframework.stereotype.Component;

/** Creates the order of an admitted flash-sale attempt (idempotent by attempt: PlaceFlashSaleOrder). */
@Component
public class PlaceOrderOnSeckillAttemptAdmitted implements KaolaMessageListener<SeckillAttemptAdmitted> {
    private final PlaceFlashSaleOrder place;

    public PlaceOrderOnSeckillAttemptAdmitted(PlaceFlashSaleOrder place) { this.place = place; }

    @Override public String topic() { return SeckillAttemptAdmitted.TOPIC; }
    @Override public String consumerGroup() { return "promotion-places-flash-sale-orders"; }
    @Override public Class<SeckillAttemptAdmitted> payloadType() { return SeckillAttemptAdmitted.class; }

    @Override
    public void onMessage(SeckillAttemptAdmitted payload, String key) { place.handle(payload); }
}
