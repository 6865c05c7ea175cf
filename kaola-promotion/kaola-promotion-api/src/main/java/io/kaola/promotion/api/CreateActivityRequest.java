package io.kaola.promotion.api;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An ops request for an activity.
 *
 * @param name       shown to shoppers, 1–64 characters
 * @param kind       FULL_REDUCTION or DISCOUNT
 * @param percentOff DISCOUNT: 1–99; 0 otherwise
 * @param tiers      FULL_REDUCTION: 1–5 tiers, CNY fen, thresholds distinct, amountOff < threshold; empty otherwise
 * @param scope      what it applies to (null: everything)
 * @param startsAt   start (inclusive)
 * @param endsAt     end (exclusive), after startsAt
 */
public record CreateActivityRequest(String name, ActivityKind kind, int percentOff, List<PromotionOffer.Tier> tiers,
                                    PromotionScope scope, Instant startsAt, Instant endsAt) implements Serializable {}
