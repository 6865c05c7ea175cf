package io.kaola.user.quota.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static io.kaola.user.api.QuotaStatus.CONFIRMED;
import static io.kaola.user.api.QuotaStatus.RELEASED;
import static io.kaola.user.api.QuotaStatus.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaTransitionTest {
    private static final QuotaBalance BEFORE = new QuotaBalance(1_000_000, 300_000);
    private static final long AMOUNT = 200_000;

    /** Every (status, transition) pair: the target, or null where the move is refused. */
    private static final Map<QuotaTransition, Map<QuotaStatus, QuotaStatus>> EXPECTED = Map.of(
            QuotaTransition.CONFIRM, targets(CONFIRMED, null, null),
            QuotaTransition.RELEASE, targets(RELEASED, RELEASED, null));

    @Test
    void every_status_and_transition_pair_moves_or_is_refused() {
        for (QuotaTransition t : QuotaTransition.values()) {
            for (QuotaStatus s : QuotaStatus.values()) {
                QuotaStatus expected = EXPECTED.get(t).get(s);
                if (expected == null) {
                    assertThatThrownBy(() -> t.applyTo(s)).as(t + " from " + s)
                            .isInstanceOfSatisfying(KaolaException.class,
                                    e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue());
                } else {
                    assertThat(t.applyTo(s)).as(t + " from " + s).isEqualTo(expected).isEqualTo(t.target());
                }
            }
        }
    }

    @Test
    void confirming_moves_the_amount_from_reserved_to_used() {
        assertThat(QuotaTransition.CONFIRM.shift(BEFORE, RESERVED, AMOUNT)).isEqualTo(new QuotaBalance(1_200_000, 100_000));
    }

    @Test
    void releasing_an_unpaid_reservation_gives_back_the_reserved_amount() {
        assertThat(QuotaTransition.RELEASE.shift(BEFORE, RESERVED, AMOUNT)).isEqualTo(new QuotaBalance(1_000_000, 100_000));
    }

    @Test
    void releasing_a_confirmed_reservation_is_a_refund_of_used_quota() {
        assertThat(QuotaTransition.RELEASE.shift(BEFORE, CONFIRMED, AMOUNT)).isEqualTo(new QuotaBalance(800_000, 300_000));
    }

    @Test
    void a_refused_move_leaves_the_balance_unchanged() {
        assertThatThrownBy(() -> QuotaTransition.CONFIRM.shift(BEFORE, RELEASED, AMOUNT)).isInstanceOf(KaolaException.class);
    }

    @Test
    void a_balance_never_goes_below_zero() {
        assertThatThrownBy(() -> QuotaTransition.RELEASE.shift(new QuotaBalance(0, 100), RESERVED, 200))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Map<QuotaStatus, QuotaStatus> targets(QuotaStatus fromReserved, QuotaStatus fromConfirmed,
                                                         QuotaStatus fromReleased) {
        Map<QuotaStatus, QuotaStatus> m = new EnumMap<>(QuotaStatus.class);
        m.put(RESERVED, fromReserved);
        m.put(CONFIRMED, fromConfirmed);
        m.put(RELEASED, fromReleased);
        return m;
    }
}
