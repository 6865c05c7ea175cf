package io.kaola.promotion.api;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An activity (fields as in {@link CreateActivityRequest}).
 *
 * @param id        activity id
 * @param createdAt when ops created it
 */
public record ActivityView(long id, String name, ActivityKind kind, int percentOff, List<PromotionOffer.Tier> tiers,
                           PromotionScope scope, Instant startsAt, Instant endsAt, Instant createdAt)
        implements Serializable {
    /** @return true when the activity runs at {@code at} */
    public boolean runningAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
