package io.kaola.product.catalog.application;

import io.kaola.product.api.ProductChanged;

import java.util.Collection;

/**
 * Tells other services that products changed ({@link ProductChanged}), after the change is committed.
 * Best effort, like a cache invalidation.
 */
public interface ProductChangedNotices {

    /** Publishes one {@link ProductChanged} per product; never throws. */
    void publish(Collection<Long> spuIds);
}
