package io.kaola.promotion.activity.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.PromotionError;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What ops may define as an activity (docs/promotions.md, "Activities"). Every refusal is PROMOTION_INVALID_ACTIVITY
 * with a message naming the field.
 */
public final class ActivityRules {
    /** Most tiers of one full reduction. */
    public static final int MAX_TIERS = 5;
    /** Largest tier amount, fen (1,000,000.00 CNY). */
    public static final long MAX_AMOUNT_FEN = 100_000_000L;

    private ActivityRules() {}

    /**
     * @param request ops' request
     * @param now     the current time (the activity must end after it)
     * @return the activity to store (id 0), tiers sorted by threshold
     * @throws KaolaException PROMOTION_INVALID_ACTIVITY naming the first field that breaks a rule
     */
    public static Activity validate(CreateActivityRequest request, Instant now) {
        if (request == null) throw invalid("an activity is required");
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 64) throw invalid("name must be 1–64 characters");
        if (request.kind() == null) throw invalid("kind must be FULL_REDUCTION or DISCOUNT");
        List<PromotionOffer.Tier> tiers = request.tiers() == null ? List.of() : request.tiers();
        if (request.kind() == ActivityKind.DISCOUNT) {
            if (request.percentOff() < 1 || request.percentOff() > 99) throw invalid("percentOff must be 1–99");
            if (!tiers.isEmpty()) throw invalid("tiers are only for FULL_REDUCTION activities");
        } else {
            if (request.percentOff() != 0) throw invalid("percentOff is only for DISCOUNT activities");
            tiers = checkTiers(tiers);
        }
        if (request.startsAt() == null || request.endsAt() == null) throw invalid("startsAt and endsAt are required");
        if (!request.endsAt().isAfter(request.startsAt())) throw invalid("endsAt must be after startsAt");
        if (!request.endsAt().isAfter(now)) throw invalid("endsAt must be in the future");
        return new Activity(0, name, request.kind(), request.percentOff(), tiers, request.scope(), request.startsAt(),
                request.endsAt(), now);
    }

    private static List<PromotionOffer.Tier> checkTiers(List<PromotionOffer.Tier> tiers) {
        if (tiers.isEmpty() || tiers.size() > MAX_TIERS) throw invalid("a full reduction has 1–" + MAX_TIERS + " tiers");
        Set<Long> thresholds = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            PromotionOffer.Tier tier = tiers.get(i);
            if (tier == null || tier.threshold() == null || tier.amountOff() == null) {
                throw invalid("tiers[" + i + "] needs threshold and amountOff");
            }
            long threshold = cny("tiers[" + i + "].threshold", tier.threshold());
            long off = cny("tiers[" + i + "].amountOff", tier.amountOff());
            if (off >= threshold) throw invalid("tiers[" + i + "].amountOff must be less than its threshold");
            if (!thresholds.add(threshold)) throw invalid("tiers[" + i + "].threshold repeats another tier's");
        }
        return tiers.stream().sorted(Comparator.comparingLong(t -> t.threshold().minor())).toList();
    }

    private static long cny(String field, Money money) {
        if (!Money.CNY.equals(money.currency())) throw invalid(field + " must be in CNY");
        if (money.minor() <= 0 || money.minor() > MAX_AMOUNT_FEN) {
            throw invalid(field + " must be more than 0 and at most " + Money.cny(MAX_AMOUNT_FEN));
        }
        return money.minor();
    }

    private static KaolaException invalid(String detail) {
        return PromotionError.INVALID_ACTIVITY.exception(detail);
    }
}
