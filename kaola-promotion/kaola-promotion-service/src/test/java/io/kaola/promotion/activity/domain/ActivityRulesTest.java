package io.kaola.promotion.activity.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.PromotionError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");
    private static final Instant END = NOW.plus(Duration.ofDays(3));

    @Test
    void a_full_reduction_sorts_its_tiers_and_runs_in_its_window() {
        Activity a = ActivityRules.validate(new CreateActivityRequest("满减", ActivityKind.FULL_REDUCTION, 0,
                List.of(tier(39900, 6000), tier(19900, 2000)), null, NOW, END), NOW);
        assertThat(a.tiers()).containsExactly(tier(19900, 2000), tier(39900, 6000));
        assertThat(a.runningAt(NOW)).isTrue();
        assertThat(a.runningAt(END)).as("end is exclusive").isFalse();
        assertThat(a.scope()).isEqualTo(PromotionScope.ALL);
    }

    @Test
    void a_discount_becomes_an_activity_price_offer_named_by_its_id() {
        Activity validated = ActivityRules.validate(new CreateActivityRequest("限时折扣", ActivityKind.DISCOUNT, 20, List.of(),
                PromotionScope.skus(Set.of("SKU-1")), NOW, END), NOW);
        Activity stored = new Activity(8, validated.name(), validated.kind(), validated.percentOff(), validated.tiers(),
                validated.scope(), validated.startsAt(), validated.endsAt(), validated.createdAt());
        assertThat(stored.offer()).isEqualTo(PromotionOffer.discount("8", "限时折扣", 20, PromotionScope.skus(Set.of("SKU-1"))));
    }

    @Test
    void activities_that_break_a_rule_are_refused_naming_the_field() {
        assertInvalid(new CreateActivityRequest("", ActivityKind.DISCOUNT, 20, List.of(), null, NOW, END), "name");
        assertInvalid(new CreateActivityRequest("x", null, 20, List.of(), null, NOW, END), "kind");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.DISCOUNT, 0, List.of(), null, NOW, END), "percentOff");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.DISCOUNT, 20, List.of(tier(100, 10)), null, NOW, END), "tiers");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.FULL_REDUCTION, 0, List.of(), null, NOW, END), "tiers");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.FULL_REDUCTION, 5, List.of(tier(100, 10)), null, NOW, END), "percentOff");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.FULL_REDUCTION, 0, List.of(tier(100, 100)), null, NOW, END), "tiers[0].amountOff");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.FULL_REDUCTION, 0, List.of(tier(100, 10), tier(100, 20)), null, NOW, END), "tiers[1].threshold");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.FULL_REDUCTION, 0,
                List.of(tier(100, 1), tier(200, 1), tier(300, 1), tier(400, 1), tier(500, 1), tier(600, 1)), null, NOW, END), "tiers");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.DISCOUNT, 20, List.of(), null, END, NOW), "endsAt");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.DISCOUNT, 20, List.of(), null, NOW.minusSeconds(60), NOW), "endsAt");
        assertInvalid(new CreateActivityRequest("x", ActivityKind.DISCOUNT, 20, List.of(), null, null, END), "startsAt");
    }

    private static PromotionOffer.Tier tier(long threshold, long off) {
        return new PromotionOffer.Tier(Money.cny(threshold), Money.cny(off));
    }

    private static void assertInvalid(CreateActivityRequest request, String field) {
        assertThatThrownBy(() -> ActivityRules.validate(request, NOW))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PromotionError.INVALID_ACTIVITY)).isTrue())
                .hasMessageContaining(field);
    }
}
