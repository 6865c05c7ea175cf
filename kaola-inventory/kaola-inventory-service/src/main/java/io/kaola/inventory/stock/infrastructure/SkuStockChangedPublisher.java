package io.kaola.inventory.stock.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Announces {@link SkuStockChanged} for the changes that crossed zero. Call it only after the
 * transaction committed. Best effort: a failed send is logged and dropped, because the only
 * consumer (the product detail cache) also expires on its own TTL.
 */
@Component
public class SkuStockChangedPublisher {
    private static final Logger log = LoggerFactory.getLogger(SkuStockChangedPublisher.class);

    private final MessagePublisher publisher;

    public SkuStockChangedPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    /** @param changes committed changes; those that did not cross zero are skipped */
    public void publishCommitted(List<AvailabilityChange> changes) {
        for (AvailabilityChange change : changes) {
            if (!change.crossesZero()) continue;
            SkuStockChanged event = new SkuStockChanged(change.skuCode(), change.warehouseCode(), change.isInStockAfter());
            try {
                publisher.send(SkuStockChanged.TOPIC, change.skuCode(), event);
            } catch (RuntimeException e) {
                log.warn("could not announce {} (the product cache TTL will catch up): {}", event, e.toString());
            }
        }
    }
}
