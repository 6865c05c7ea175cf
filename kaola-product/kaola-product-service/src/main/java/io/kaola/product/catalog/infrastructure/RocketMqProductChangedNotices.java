package io.kaola.product.catalog.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.product.api.ProductChanged;
import io.kaola.product.catalog.application.ProductChangedNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * {@link ProductChangedNotices} on RocketMQ (through kaola-common-boot's {@link MessagePublisher}): one
 * {@link ProductChanged} per product on its topic, keyed by spuId, sent after the change is committed.
 * Best effort, like a cache invalidation: on the first failed send the rest are skipped and logged,
 * so a broker outage does not hold an import for a send timeout per product.
 */
@Component
public class RocketMqProductChangedNotices implements ProductChangedNotices {
    private static final Logger log = LoggerFactory.getLogger(RocketMqProductChangedNotices.class);

    private final ObjectProvider<MessagePublisher> publisher;

    public RocketMqProductChangedNotices(ObjectProvider<MessagePublisher> publisher) { this.publisher = publisher; }

    @Override
    public void publish(Collection<Long> spuIds) {
        MessagePublisher mq = publisher.getIfAvailable();
        if (mq == null || spuIds.isEmpty()) return;
        int sent = 0;
        for (long spuId : spuIds) {
            try {
                mq.send(ProductChanged.TOPIC, Long.toString(spuId), new ProductChanged(spuId));
                sent++;
            } catch (RuntimeException e) {
                log.warn("{} of {} product-changed notices not sent: {}", spuIds.size() - sent, spuIds.size(), e.getMessage());
                return;
            }
        }
    }
}
