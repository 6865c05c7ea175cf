package io.kaola.product.catalog.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductDetailInvalidation;
import io.kaola.product.catalog.application.ProductDetailCache;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProductDetailCache} in Redis (Redisson): one string bucket per product, key
 * {@code product:detail:{spuId}}, holding the {@link ProductDetail} as JSON (readable with redis-cli,
 * and free of Java serialisation between versions). Redis trouble never fails a read: a miss is
 * served from the database. Each entry lives {@code ttl} ({@code kaola.catalog.detail-cache-ttl}); wired in
 * {@code io.kaola.product.config.ProductConfiguration}.
 */
public class RedisProductDetailCache implements ProductDetailCache {
    private static final Logger log = LoggerFactory.getLogger(RedisProductDetailCache.class);
    private static final String PREFIX = "product:detail:";
    /** The last fully priced copy, the fallback while kaola-pricing is degraded (never evicted, only expires). */
    private static final String LAST_PRICED_PREFIX = "product:detail-last-priced:";
    /** How long the last priced copy outlives its last refresh. */
    static final Duration LAST_PRICED_TTL = Duration.ofDays(7);

    private final RedissonClient redisson;
    private final ObjectMapper json;
    private final Duration ttl;

    /**
     * @param redisson the Redis client
     * @param json     encodes and decodes the detail
     * @param ttl      how long a detail stays cached
     */
    public RedisProductDetailCache(RedissonClient redisson, ObjectMapper json, Duration ttl) {
        this.redisson = redisson;
        this.json = json;
        this.ttl = ttl;
    }

    /** @return the Redis key of a product's detail */
    public static String key(long spuId) { return PREFIX + spuId; }

    /**
     * @return the cached detail, empty on a miss (or when Redis or the cached text fails, or the text has an
     *         older shape without the tax profile)
     */
    @Override
    public Optional<ProductDetail> find(long spuId) {
        try {
            String text = bucket(spuId).get();
            if (text == null) return Optional.empty();
            ProductDetail detail = json.readValue(text, ProductDetail.class);
            if (detail.taxCategoryCode() == null) {   // cached before details carried the tax profile
                evict(List.of(spuId));
                return Optional.empty();
            }
            return Optional.of(detail);
        } catch (JsonProcessingException e) {
            log.warn("unreadable cached detail of spu {}, dropped: {}", spuId, e.getOriginalMessage());
            evict(List.of(spuId));
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("product-detail cache read failed for spu {}: {}", spuId, e.toString());
            return Optional.empty();
        }
    }

    /** Stores a detail for the configured time to live. */
    @Override
    public void put(ProductDetail detail) {
        try {
            String text = json.writeValueAsString(detail);
            bucket(detail.spuId()).set(text, ttl);
            redisson.getBucket(LAST_PRICED_PREFIX + detail.spuId(), StringCodec.INSTANCE).set(text, LAST_PRICED_TTL);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode product detail " + detail.spuId(), e);
        } catch (RuntimeException e) {
            log.warn("product-detail cache write failed for spu {}: {}", detail.spuId(), e.toString());
        }
    }

    /**
     * Drops the details of these products, then announces them on {@link ProductDetailInvalidation#CHANNEL} so
     * that near caches (the gateway's) drop their copies too; a failure is logged (the TTLs bound how long a
     * stale one lives).
     */
    @Override
    public void evict(Collection<Long> spuIds) {
        if (spuIds.isEmpty()) return;
        try {
            redisson.getKeys().delete(spuIds.stream().map(RedisProductDetailCache::key).toArray(String[]::new));
        } catch (RuntimeException e) {
            log.warn("product-detail cache eviction failed for {} products: {}", spuIds.size(), e.toString());
        }
        try {
            redisson.getTopic(ProductDetailInvalidation.CHANNEL, StringCodec.INSTANCE)
                    .publish(ProductDetailInvalidation.message(spuIds));
        } catch (RuntimeException e) {
            log.warn("product-detail invalidation not published for {} products: {}", spuIds.size(), e.toString());
        }
    }

    @Override
    public Optional<ProductDetail> findLastPriced(long spuId) {
        try {
            String text = redisson.<String>getBucket(LAST_PRICED_PREFIX + spuId, StringCodec.INSTANCE).get();
            return text == null ? Optional.empty() : Optional.of(json.readValue(text, ProductDetail.class));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("last priced detail of spu {} unreadable: {}", spuId, e.toString());
            return Optional.empty();
        }
    }

    private RBucket<String> bucket(long spuId) { return redisson.getBucket(key(spuId), StringCodec.INSTANCE); }
}
