package io.kaola.order.trade.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.order.config.OrderProperties;
import io.kaola.order.trade.application.OrderTimers;
import io.kaola.order.trade.domain.OrderTimer;
import org.apache.rocketmq.common.message.Message;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@link OrderTimers} as RocketMQ delayed messages on topic {@value OrderTimer#TOPIC} (key {@code orderNo:kind}), with the
 * delay level {@link OrderTimer#levelFor} picks from {@code kaola.order.timer-delay-levels}. The embedded broker runs
 * without the timer wheel (docs/stack.md), so delay levels, not arbitrary delivery times, are what exists; a timer
 * longer than the longest level is re-sent on arrival until due.
 */
@Component
public class RocketMqOrderTimers implements OrderTimers {
    private final MessagePublisher publisher;
    private final ObjectMapper json;
    private final OrderProperties properties;
    private final Clock clock;

    public RocketMqOrderTimers(MessagePublisher publisher, ObjectMapper json, OrderProperties properties, Clock clock) {
        this.publisher = publisher;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void schedule(OrderTimer timer) {
        Message message = MessagePublisher.toMessage(json, OrderTimer.TOPIC, timer.key(), timer);
        message.setDelayTimeLevel(timer.levelFor(clock.instant(), properties.timerDelayLevels()));
        publisher.send(message);
    }
}
