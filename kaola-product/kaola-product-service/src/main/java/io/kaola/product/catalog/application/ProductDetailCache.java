package io.kaola.product.catalog.application;

import io.kaola.product.api.ProductDetail;

import java.util.Collection;
import java.util.Optional;

/**
 * The product-detail read model's cache. Cache trouble never fails a read: an implementation answers a
 * miss (and logs) when its store cannot be reached. How long an entry lives is the implementation's setting
 * ({@code kaola.catalog.detail-cache-ttl}).
 */
public interface ProductDetailCache {

    /** @return the cached detail of {@code spuId}, empty on a miss, on a store failure or for an unreadable entry */
    Optional<ProductDetail> find(long spuId);

    /** Stores a detail (for the configured time to live); a store failure is logged, not thrown. */
    void put(ProductDetail detail);

    /** Drops the details of these products; a failure is logged (the time to live bounds a stale one). */
    void evict(Collection<Long> spuIds);

    /**
     * The fallback while kaola-pricing is degraded: the last fully priced detail {@link #put} stored for this product,
     * kept longer than the cached detail and not dropped by {@link #evict} (it is served flagged
     * {@link ProductDetail#priceStale()}).
     *
     * @return it, or empty (none, or the store cannot be reached)
     */
    default Optional<ProductDetail> findLastPriced(long spuId) { return Optional.empty(); }
}
