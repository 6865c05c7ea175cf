package io.kaola.user.quota.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;

import static io.kaola.user.api.QuotaStatus.CONFIRMED;
import static io.kaola.user.api.QuotaStatus.RELEASED;
import static io.kaola.user.api.QuotaStatus.RESERVED;
import static io.kaola.user.quota.domain.QuotaTransition.CONFIRM;
import static io.kaola.user.quota.domain.QuotaTransition.LIFECYCLE;
import static io.kaola.user.quota.domain.QuotaTransition.RELEASE;
import static io.kaola.user.quota.domain.QuotaTransition.RESTORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaTransitionTest {
    private static final QuotaBalance BEFORE = new QuotaBalance(1_000_000, 300_000);
    private static final long AMOUNT = 200_000;

    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, UserError.QUOTA_RESERVATION_NOT_FOUND)
                .refuse(null, CONFIRM, UserError.QUOTA_RESERVATION_NOT_FOUND)
                .move(RESERVED, CONFIRM, CONFIRMED)
                .stay(CONFIRMED, CONFIRM)        // a repeat of the payment
                .refuse(RELEASED, CONFIRM, UserError.QUOTA_RESERVATION_NOT_FOUND) // no live reservation to confirm
                .stay(null, RELEASE)             // an order without a reservation has nothing to give back
                .move(RESERVED, RELEASE, RELEASED)   // cancel
                .move(CONFIRMED, RELEASE, RELEASED)  // refund
                .stay(RELEASED, RELEASE)
                .refuse(null, RESTORE, UserError.QUOTA_RESERVATION_NOT_FOUND)     // nothing to restore
                .refuse(RESERVED, RESTORE, UserError.QUOTA_RESERVATION_NOT_FOUND) // not paid: release it instead
                .stay(CONFIRMED, RESTORE)        // a return: the status stays, the restore is recorded beside it
                .refuse(RELEASED, RESTORE, UserError.QUOTA_RESERVATION_NOT_FOUND) // everything given back already
                .verify();
        assertThat(pairs).isEqualTo(12);
    }

    @Test
    void confirming_an_order_without_a_live_reservation_names_the_order() {
        assertThatThrownBy(() -> CONFIRM.decideFor("K2026110100001", null))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue())
                .hasMessageContaining("K2026110100001");
        assertThatThrownBy(() -> CONFIRM.decideFor("K2026110100002", RELEASED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue())
                .hasMessageContaining("K2026110100002");
    }

    @Test
    void confirming_moves_the_amount_from_reserved_to_used() {
        assertThat(CONFIRM.shift(BEFORE, RESERVED, AMOUNT)).isEqualTo(new QuotaBalance(1_200_000, 100_000));
    }

    @Test
    void releasing_an_unpaid_reservation_gives_back_the_reserved_amount() {
        assertThat(RELEASE.shift(BEFORE, RESERVED, AMOUNT)).isEqualTo(new QuotaBalance(1_000_000, 100_000));
    }

    @Test
    void releasing_a_confirmed_reservation_is_a_refund_of_used_quota() {
        assertThat(RELEASE.shift(BEFORE, CONFIRMED, AMOUNT)).isEqualTo(new QuotaBalance(800_000, 300_000));
    }

    @Test
    void restoring_gives_back_part_of_the_used_amount_and_only_from_confirmed() {
        assertThat(RESTORE.shift(BEFORE, CONFIRMED, 50_000)).isEqualTo(new QuotaBalance(950_000, 300_000));
        for (var status : new io.kaola.user.api.QuotaStatus[]{RESERVED, RELEASED}) {
            assertThatThrownBy(() -> RESTORE.shift(BEFORE, status, 50_000))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue());
        }
        assertThatThrownBy(() -> RESTORE.decideFor("K2026110100003", RESERVED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue())
                .hasMessageContaining("K2026110100003").hasMessageContaining("not paid");
    }

    @Test
    void a_restore_never_takes_used_below_zero() {
        assertThatThrownBy(() -> RESTORE.shift(new QuotaBalance(100, 0), CONFIRMED, 200)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_refused_move_leaves_the_balance_unchanged() {
        assertThatThrownBy(() -> CONFIRM.shift(BEFORE, RELEASED, AMOUNT))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue());
    }

    @Test
    void a_repeat_has_no_balance_to_shift() {
        assertThatThrownBy(() -> CONFIRM.shift(BEFORE, CONFIRMED, AMOUNT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_balance_never_goes_below_zero() {
        assertThatThrownBy(() -> RELEASE.shift(new QuotaBalance(0, 100), RESERVED, 200))
                .isInstanceOf(IllegalStateException.class);
    }
}
