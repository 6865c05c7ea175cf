package io.kaola.customs.declaration.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.declaration.application.CustomsStatusPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link CustomsStatusPublisher} on RocketMQ, synchronously (a failure throws: the receipt is redelivered). */
@Component
public class RocketMqCustomsStatusPublisher implements CustomsStatusPublisher {
    private static final Logger log = LoggerFactory.getLogger(RocketMqCustomsStatusPublisher.class);
    private final MessagePublisher publisher;

    public RocketMqCustomsStatusPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void publish(CustomsStatusChanged event) {
        String key = CustomsStatusPublisher.keyOf(event);
        publisher.send(CustomsStatusChanged.TOPIC, key, event);
        log.info("published {} key={} kind={}", CustomsStatusChanged.TOPIC, key, event.kind());
    }
}
