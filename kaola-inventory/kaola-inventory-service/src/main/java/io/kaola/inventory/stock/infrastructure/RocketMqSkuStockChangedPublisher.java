package io.kaola.inventory.stock.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link SkuStockChangedPublisher} on RocketMQ (topic {@link SkuStockChanged#TOPIC}, message keys: the skuCode).
 * Best effort: sends run on one background thread so that a slow or absent broker never delays a reservation
 * past its RPC timeout, and a failed or overflowing send is logged and dropped, because the only consumer (the product detail cache) also expires on its TTL.
 */
@Component
public class RocketMqSkuStockChangedPublisher implements SkuStockChangedPublisher {
    private static final Logger log = LoggerFactory.getLogger(RocketMqSkuStockChangedPublisher.class);
    private static final int MAX_PENDING = 10_000;

    private final MessagePublisher publisher;
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_PENDING), r -> {
                Thread t = new Thread(r, "sku-stock-changed-sender");
                t.setDaemon(true);
                return t;
            }, (task, executor) -> log.warn("sku-stock-changed queue full ({}); dropped one announcement", MAX_PENDING));

    public RocketMqSkuStockChangedPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public void publishCommitted(List<AvailabilityChange> changes) {
        for (AvailabilityChange change : changes) {
            if (!change.crossesZero()) continue;
            SkuStockChanged event = new SkuStockChanged(change.skuCode(), change.warehouseCode(), change.isInStockAfter());
            sender.execute(() -> send(event));
        }
    }

    private void send(SkuStockChanged event) {
        try {
            publisher.send(SkuStockChanged.TOPIC, event.skuCode(), event);
        } catch (RuntimeException e) {
            log.warn("could not announce {} (the product cache TTL will catch up): {}", event, e.toString());
        }
    }

    /** Lets queued announcements go out (for a few seconds) before the producer shuts down. */
    @PreDestroy
    void drain() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) sender.shutdownNow();
    }
}
