package io.kaola.product.catalog.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.product.api.ProductChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Tells other services that products changed ({@link ProductChanged}), after the change is committed.
 * Best effort, like a cache invalidation: on the first failed send the rest are skipped and logged,
 * so a broker outage does not hold an import for a send timeout per product.
 */
@Component
public class ProductChangedNotices {
    private static final Logger log = LoggerFactory.getLogger(ProductChangedNotices.class);

    private final ObjectProvider<MessagePublisher> publisher;

    public ProductChangedNotices(ObjectProvider<MessagePublisher> publisher) { this.publisher = publisher; }

    /** Publishes one {@link ProductChanged} per product; never throws. */
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
