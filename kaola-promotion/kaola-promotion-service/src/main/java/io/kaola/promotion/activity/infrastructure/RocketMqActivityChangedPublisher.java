package io.kaola.promotion.activity.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.promotion.activity.application.ActivityChangedPublisher;
import io.kaola.promotion.api.ActivityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link ActivityChangedPublisher} on RocketMQ (topic {@link ActivityChanged#TOPIC}, key: the activity id). Best
 * effort: a failed send is logged; readers of activities also re-read them on their own schedule.
 */
@Component
public class RocketMqActivityChangedPublisher implements ActivityChangedPublisher {
    private static final Logger log = LoggerFactory.getLogger(RocketMqActivityChangedPublisher.class);

    private final MessagePublisher publisher;

    public RocketMqActivityChangedPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void publishCommitted(ActivityChanged event) {
        try {
            publisher.send(ActivityChanged.TOPIC, String.valueOf(event.activityId()), event);
        } catch (RuntimeException e) {
            log.warn("could not announce {}: {}", event, e.toString());
        }
    }
}
