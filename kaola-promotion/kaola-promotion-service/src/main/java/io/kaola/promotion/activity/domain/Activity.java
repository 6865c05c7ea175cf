package io.kaola.promotion.activity.domain;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.api.ActivityView;

import java.time.Instant;
import java.util.List;

/**
 * An activity as stored (fields as in {@code CreateActivityRequest}).
 *
 * @param id         activity id (0 before it is stored)
 * @param name       shown to shoppers
 * @param kind       FULL_REDUCTION or DISCOUNT
 * @param percentOff DISCOUNT: 1–99; 0 otherwise
 * @param tiers      FULL_REDUCTION: CNY tiers, by threshold ascending; empty otherwise
 * @param scope      what it applies to
 * @param startsAt   start (inclusive)
 * @param endsAt     end (exclusive)
 * @param createdAt  when ops created it
 */
public record Activity(long id, String name, ActivityKind kind, int percentOff, List<PromotionOffer.Tier> tiers,
                       PromotionScope scope, Instant startsAt, Instant endsAt, Instant createdAt) {
    public Activity {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (scope == null) scope = PromotionScope.ALL;
    }

    /** @return true when it runs at {@code at}: startsAt <= at < endsAt */
    public boolean runningAt(Instant at) { return !at.isBefore(startsAt) && at.isBefore(endsAt); }

    /** @return the activity as the API shows it */
    public ActivityView view() {
        return new ActivityView(id, name, kind, percentOff, tiers, scope, startsAt, endsAt, createdAt);
    }

    /** @return the activity as an offer for kaola-pricing, named by its id */
    public PromotionOffer offer() {
        String offerId = String.valueOf(id);
        return kind == ActivityKind.DISCOUNT
                ? PromotionOffer.discount(offerId, name, percentOff, scope)
                : PromotionOffer.fullReduction(offerId, name, tiers, scope);
    }
}
