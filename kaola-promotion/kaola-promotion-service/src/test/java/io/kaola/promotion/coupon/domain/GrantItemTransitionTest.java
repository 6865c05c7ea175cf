package io.kaola.promotion.coupon.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.PromotionError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.kaola.promotion.coupon.domain.GrantItemStatus.ISSUED;
import static io.kaola.promotion.coupon.domain.GrantItemStatus.PENDING;
import static io.kaola.promotion.coupon.domain.GrantItemStatus.REFUSED;
import static io.kaola.promotion.coupon.domain.GrantItemTransition.ISSUE;
import static io.kaola.promotion.coupon.domain.GrantItemTransition.LIFECYCLE;
import static io.kaola.promotion.coupon.domain.GrantItemTransition.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantItemTransitionTest {
    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, PromotionError.ILLEGAL_TRANSITION)
                .move(PENDING, ISSUE, ISSUED)
                .stay(ISSUED, ISSUE)
                .stay(REFUSED, ISSUE)
                .move(PENDING, REFUSE, REFUSED)
                .stay(REFUSED, REFUSE)
                .stay(ISSUED, REFUSE)
                .verify();
        assertThat(pairs).isEqualTo(8);
    }

    @Test
    void a_grant_lists_each_user_once_and_its_fingerprint_ignores_order_and_repeats() {
        Grant a = GrantRules.validate(new GrantRequest("g-1", 7, List.of(3L, 1L, 2L, 1L)), NOW);
        Grant b = GrantRules.validate(new GrantRequest("g-1", 7, List.of(1L, 2L, 3L)), NOW);
        Grant other = GrantRules.validate(new GrantRequest("g-1", 8, List.of(1L, 2L, 3L)), NOW);
        assertThat(a.userIds()).containsExactly(1L, 2L, 3L);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(other.fingerprint());
    }

    @Test
    void bad_grants_are_refused_naming_the_field() {
        List<Long> tooMany = new ArrayList<>();
        for (long u = 1; u <= GrantRules.MAX_USERS + 1; u++) tooMany.add(u);
        assertInvalid(new GrantRequest("", 7, List.of(1L)), "grantId");
        assertInvalid(new GrantRequest("has space", 7, List.of(1L)), "grantId");
        assertInvalid(new GrantRequest("g", 7, List.of()), "userIds");
        assertInvalid(new GrantRequest("g", 7, tooMany), "userIds");
        assertInvalid(new GrantRequest("g", 7, List.of(0L)), "userIds");
    }

    private static void assertInvalid(GrantRequest request, String field) {
        assertThatThrownBy(() -> GrantRules.validate(request, NOW))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PromotionError.INVALID_GRANT)).isTrue())
                .hasMessageContaining(field);
    }
}
