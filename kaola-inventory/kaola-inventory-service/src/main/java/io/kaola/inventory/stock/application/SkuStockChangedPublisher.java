package io.kaola.inventory.stock.application;

import io.kaola.inventory.stock.domain.AvailabilityChange;

import java.util.List;

/**
 * Announces {@link io.kaola.inventory.api.SkuStockChanged} for the changes that crossed zero (sold out, or back in
 * stock). Call it only after the transaction committed. Best effort: it never blocks the caller and never throws
 * (the only consumer, the product detail cache, also expires on its TTL).
 */
public interface SkuStockChangedPublisher {

    /** @param changes committed changes; those that did not cross zero are skipped */
    void publishCommitted(List<AvailabilityChange> changes);
}
