package io.kaola.payment.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kaola.payment.sandbox.SandboxStatus.CLOSED;
import static io.kaola.payment.sandbox.SandboxStatus.OPEN;
import static io.kaola.payment.sandbox.SandboxStatus.PAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTransitionTest {

    /** The legal moves, written out independently of the enum: (transition, from) → to. */
    private static final Map<SandboxTransition, Map<SandboxStatus, SandboxStatus>> LEGAL = Map.of(
            SandboxTransition.PAY, Map.of(OPEN, PAID),
            SandboxTransition.CLOSE, Map.of(OPEN, CLOSED));

    @Test
    void every_status_and_transition_pair_either_moves_as_specified_or_is_refused() {
        int checked = 0;
        for (SandboxTransition transition : SandboxTransition.values()) {
            for (SandboxStatus status : SandboxStatus.values()) {
                SandboxStatus expected = LEGAL.get(transition).get(status);
                if (expected != null) {
                    assertThat(transition.startsAt(status)).isTrue();
                    assertThat(transition.from()).isEqualTo(status);
                    assertThat(transition.applyTo(status)).isEqualTo(expected);
                    assertThat(transition.to()).isEqualTo(expected);
                } else {
                    assertThat(transition.startsAt(status)).as(transition + " from " + status).isFalse();
                    assertThatThrownBy(() -> transition.applyTo(status)).isInstanceOf(IllegalStateException.class)
                            .hasMessage(transition + " from " + status);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * 3);
    }

    @Test
    void paid_and_closed_are_final_so_a_confirm_and_a_close_cannot_both_win() {
        for (SandboxTransition t : SandboxTransition.values()) {
            assertThat(t.startsAt(PAID)).isFalse();
            assertThat(t.startsAt(CLOSED)).isFalse();
        }
        // both start at OPEN only: whichever guarded UPDATE runs first leaves the other nothing to move
        assertThat(SandboxTransition.PAY.from()).isEqualTo(SandboxTransition.CLOSE.from()).isEqualTo(OPEN);
    }
}
