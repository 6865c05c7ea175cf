package io.kaola.gateway.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductDetailInvalidation;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Product details kept in this gateway's memory (Caffeine), so that a hot product costs neither a Dubbo call nor
 * a Redis round trip and a JSON decode (docs/performance.md). Kept correct by kaola-product's invalidations
 * ({@link ProductDetailInvalidation}, Redis pub/sub): the ids a message names are dropped as it arrives, everything
 * is dropped when the subscription is (re)established (messages sent while away are lost), and every entry lives
 * at most {@code ttl} as a backstop. A detail loaded while an invalidation arrived is returned but not kept, so a
 * load that raced a change cannot pin the old detail. Errors (PRODUCT_NOT_FOUND, an unreachable provider) are
 * never cached.
 */
public class ProductDetailNearCache implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProductDetailNearCache.class);

    private final Cache<Long, ProductDetail> details;
    /** bumped by every invalidation: a load keeps its result only if no invalidation came while it ran */
    private final AtomicLong generation = new AtomicLong();
    private final RTopic topic;
    private final int messageListener;
    private final int statusListener;

    /**
     * @param redisson the gateway's Redis client (its pub/sub connection carries the invalidations)
     * @param ttl      the longest an entry is kept, e.g. 30 s; zero keeps nothing (every read goes to the loader)
     * @param maxSize  the most products kept, e.g. 10,000
     */
    public ProductDetailNearCache(RedissonClient redisson, Duration ttl, long maxSize) {
        this.details = Caffeine.newBuilder().maximumSize(ttl.isZero() ? 0 : maxSize).expireAfterWrite(ttl).build();
        this.topic = redisson.getTopic(ProductDetailInvalidation.CHANNEL, StringCodec.INSTANCE);
        this.messageListener = topic.addListener(String.class, (channel, message) -> invalidate(message));
        this.statusListener = topic.addListener(new StatusListener() {
            @Override public void onSubscribe(String channel) { invalidateAll("subscribed to " + channel); }
            @Override public void onUnsubscribe(String channel) { invalidateAll("unsubscribed from " + channel); }
        });
        invalidateAll("started");
    }

    /**
     * @param spuId  the product
     * @param loader reads the detail from kaola-product when it is not kept here
     * @return the kept detail, or the one the loader returns
     * @throws RuntimeException whatever the loader throws (nothing is kept then)
     */
    public ProductDetail get(long spuId, LongFunction<ProductDetail> loader) {
        ProductDetail kept = details.getIfPresent(spuId);
        if (kept != null) return kept;
        long before = generation.get();
        ProductDetail loaded = loader.apply(spuId);
        // a detail priced earlier (kaola-pricing degraded) is served, not kept: the next read gets today's price back
        if (loaded != null && !loaded.priceStale() && generation.get() == before) {
            details.put(spuId, loaded);
            // an invalidation between the check and the put would otherwise leave the old detail kept
            if (generation.get() != before) details.asMap().remove(spuId, loaded);
        }
        return loaded;
    }

    /** @return how many products are kept (for tests and metrics) */
    public long size() {
        details.cleanUp();
        return details.estimatedSize();
    }

    /**
     * Drops what an invalidation message names (also called by this gateway's own admin endpoints right after
     * a change, so that the ops user who made it reads it back at once).
     * @param message a {@link ProductDetailInvalidation} message: ids, or {@value ProductDetailInvalidation#ALL}
     */
    public void invalidate(String message) {
        List<Long> ids = ProductDetailInvalidation.spuIds(message);
        if (ids == null) {
            invalidateAll("message " + message);
        } else {
            generation.incrementAndGet();
            details.invalidateAll(ids);
        }
    }

    private void invalidateAll(String why) {
        generation.incrementAndGet();
        details.invalidateAll();
        log.debug("product-detail near cache cleared: {}", why);
    }

    /** Stops listening for invalidations. */
    @Override
    public void close() {
        topic.removeListener(messageListener, statusListener);
        details.invalidateAll();
    }
}
