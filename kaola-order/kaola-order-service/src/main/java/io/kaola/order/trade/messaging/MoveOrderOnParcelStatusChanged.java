package io.kaola.order.trade.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.order.trade.application.OrderJourney;
import org.springframework.stereotype.Component;

/**
 * Topic parcel-status-changed, group {@value #GROUP}: delegates to {@link OrderJourney#onParcel}. Idempotent by the
 * lifecycle table; a DELIVERED that overtook its OUTBOUND is refused and redelivered.
 */
@Component
public class MoveOrderOnParcelStatusChanged implements KaolaMessageListener<ParcelStatusChanged> {
    public static final String GROUP = "order-follows-parcel";

    private final OrderJourney journey;

    public MoveOrderOnParcelStatusChanged(OrderJourney journey) { this.journey = journey; }

    @Override public String topic() { return ParcelStatusChanged.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<ParcelStatusChanged> payloadType() { return ParcelStatusChanged.class; }

    @Override
    public void onMessage(ParcelStatusChanged event, String key) { journey.onParcel(event); }
}
