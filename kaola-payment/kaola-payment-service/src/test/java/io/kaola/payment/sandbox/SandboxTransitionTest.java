package io.kaola.payment.sandbox;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.payment.api.PaymentError;
import org.junit.jupiter.api.Test;

import static io.kaola.payment.sandbox.SandboxStatus.CLOSED;
import static io.kaola.payment.sandbox.SandboxStatus.OPEN;
import static io.kaola.payment.sandbox.SandboxStatus.PAID;
import static io.kaola.payment.sandbox.SandboxTransition.CLOSE;
import static io.kaola.payment.sandbox.SandboxTransition.LEDGER;
import static io.kaola.payment.sandbox.SandboxTransition.PAY;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxTransitionTest {

    /** The table written out independently of the enum; every pair not listed is refused. */
    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_specified() {
        int checked = TransitionTableCheck.of(LEDGER, PaymentError.ILLEGAL_TRANSITION)
                .move(OPEN, PAY, PAID)
                .move(OPEN, CLOSE, CLOSED)
                .move(null, CLOSE, CLOSED)   // closed before it was opened: recorded CLOSED, a late open cannot pay it
                .stay(CLOSED, CLOSE)
                .refuse(PAID, CLOSE, PaymentError.ILLEGAL_TRANSITION)
                .verify();
        assertThat(checked).isEqualTo(2 * (3 + 1));
    }

    @Test
    void paid_and_closed_are_final_so_a_confirm_and_a_close_cannot_both_win() {
        for (SandboxTransition t : SandboxTransition.values()) {
            assertThat(LEDGER.moves(PAID, t)).isFalse();
            assertThat(LEDGER.moves(CLOSED, t)).isFalse();
        }
        // both start at OPEN only: whichever guarded UPDATE runs first leaves the other nothing to move
        assertThat(PAY.sources()).isEqualTo(CLOSE.sources()).containsExactly(OPEN);
    }
}
