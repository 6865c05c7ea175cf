package io.kaola.order.trade.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.order.trade.application.OrderJourney;
import org.springframework.stereotype.Component;

/**
 * Topic customs-status-changed, group {@value #GROUP}: delegates to {@link OrderJourney#onCustoms}. Idempotent by
 * the lifecycle table (a repeat stays); a milestone that overtook an earlier one is refused and redelivered.
 */
@Component
public class MoveOrderOnCustomsStatusChanged implements KaolaMessageListener<CustomsStatusChanged> {
    public static final String GROUP = "order-follows-customs";

    private final OrderJourney journey;

    public MoveOrderOnCustomsStatusChanged(OrderJourney journey) { this.journey = journey; }

    @Override public String topic() { return CustomsStatusChanged.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<CustomsStatusChanged> payloadType() { return CustomsStatusChanged.class; }

    @Override
    public void onMessage(CustomsStatusChanged event, String key) { journey.onCustoms(event); }
}
