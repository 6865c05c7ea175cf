package io.kaola.order.trade.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.order.trade.application.OrderJourney;
import io.kaola.order.trade.domain.OrderTimer;
import org.springframework.stereotype.Component;

/**
 * Topic order-timer-due (delayed messages), group {@value #GROUP}: delegates to {@link OrderJourney#onTimer}, which
 * acts when due (idempotently: closing a closed order or confirming a completed one stays) or schedules it again.
 */
@Component
public class FireOrderTimerOnOrderTimerDue implements KaolaMessageListener<OrderTimer> {
    public static final String GROUP = "order-fires-timers";

    private final OrderJourney journey;

    public FireOrderTimerOnOrderTimerDue(OrderJourney journey) { this.journey = journey; }

    @Override public String topic() { return OrderTimer.TOPIC; }

    @Override public String consumerGroup() { return GROUP; }

    @Override public Class<OrderTimer> payloadType() { return OrderTimer.class; }

    @Override
    public void onMessage(OrderTimer timer, String key) { journey.onTimer(timer); }
}
