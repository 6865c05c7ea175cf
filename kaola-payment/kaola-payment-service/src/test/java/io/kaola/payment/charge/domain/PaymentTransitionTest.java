package io.kaola.payment.charge.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.payment.api.PaymentError;
import org.junit.jupiter.api.Test;

import static io.kaola.payment.api.PaymentStatus.CLOSED;
import static io.kaola.payment.api.PaymentStatus.FAILED;
import static io.kaola.payment.api.PaymentStatus.PENDING;
import static io.kaola.payment.api.PaymentStatus.SUCCEEDED;
import static io.kaola.payment.charge.domain.PaymentTransition.CLOSE;
import static io.kaola.payment.charge.domain.PaymentTransition.FAIL;
import static io.kaola.payment.charge.domain.PaymentTransition.LIFECYCLE;
import static io.kaola.payment.charge.domain.PaymentTransition.SUCCEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTransitionTest {

    /** The table written out independently of the enum; every pair not listed is refused with PAYMENT_ILLEGAL_TRANSITION. */
    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_specified() {
        int checked = TransitionTableCheck.of(LIFECYCLE, PaymentError.ILLEGAL_TRANSITION)
                .move(PENDING, SUCCEED, SUCCEEDED)
                .move(PENDING, FAIL, FAILED)
                .move(PENDING, CLOSE, CLOSED)
                // a notification that finds the payment decided changes nothing (repeated or late)
                .stay(SUCCEEDED, SUCCEED).stay(FAILED, SUCCEED).stay(CLOSED, SUCCEED)
                .stay(SUCCEEDED, FAIL).stay(FAILED, FAIL).stay(CLOSED, FAIL)
                // closing is idempotent, and a failed payment takes no money already
                .stay(CLOSED, CLOSE).stay(FAILED, CLOSE)
                .refuse(SUCCEEDED, CLOSE, PaymentError.ILLEGAL_TRANSITION)
                .refuse(null, SUCCEED, PaymentError.NOT_FOUND)
                .refuse(null, FAIL, PaymentError.NOT_FOUND)
                .refuse(null, CLOSE, PaymentError.NOT_FOUND)
                .verify();
        assertThat(checked).isEqualTo(3 * (4 + 1));
    }

    @Test
    void only_a_pending_payment_moves_so_succeeded_failed_and_closed_are_final() {
        for (PaymentTransition t : PaymentTransition.values()) {
            assertThat(t.sources()).as(t.name()).containsExactly(PENDING);
            for (var end : new io.kaola.payment.api.PaymentStatus[]{SUCCEEDED, FAILED, CLOSED}) {
                assertThat(LIFECYCLE.moves(end, t)).as(t + " from " + end).isFalse();
            }
        }
    }

    @Test
    void a_close_never_undoes_money_taken() {
        assertThatThrownBy(() -> LIFECYCLE.next(SUCCEEDED, CLOSE))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(PaymentError.ILLEGAL_TRANSITION)).isTrue())
                .hasMessageContaining("cannot undo");
    }
}
