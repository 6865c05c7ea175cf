package io.kaola.payment.charge.domain;

import io.kaola.payment.api.PaymentStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.kaola.payment.api.PaymentStatus.CLOSED;
import static io.kaola.payment.api.PaymentStatus.FAILED;
import static io.kaola.payment.api.PaymentStatus.PENDING;
import static io.kaola.payment.api.PaymentStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTransitionTest {

    /** The legal moves, written out independently of the enum: (transition, from) → to. */
    private static final Map<PaymentTransition, Map<PaymentStatus, PaymentStatus>> LEGAL = Map.of(
            PaymentTransition.SUCCEED, Map.of(PENDING, SUCCEEDED),
            PaymentTransition.FAIL, Map.of(PENDING, FAILED),
            PaymentTransition.CLOSE, Map.of(PENDING, CLOSED));

    @Test
    void every_status_and_transition_pair_either_moves_as_specified_or_is_refused() {
        int checked = 0;
        for (PaymentTransition transition : PaymentTransition.values()) {
            for (PaymentStatus status : PaymentStatus.values()) {
                PaymentStatus expected = LEGAL.getOrDefault(transition, Map.of()).get(status);
                if (expected != null) {
                    assertThat(transition.startsAt(status)).isTrue();
                    assertThat(transition.applyTo(status)).as(transition + " from " + status).isEqualTo(expected);
                } else {
                    assertThat(transition.startsAt(status)).isFalse();
                    assertThatThrownBy(() -> transition.applyTo(status)).as(transition + " from " + status)
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage(transition + " from " + status);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(PaymentTransition.values().length * PaymentStatus.values().length);
        assertThat(checked).isEqualTo(3 * 4);
    }

    @Test
    void succeeded_failed_and_closed_are_final() {
        for (PaymentStatus end : List.of(SUCCEEDED, FAILED, CLOSED)) {
            Set<PaymentTransition> fromEnd = EnumSet.noneOf(PaymentTransition.class);
            for (PaymentTransition t : PaymentTransition.values()) if (t.startsAt(end)) fromEnd.add(t);
            assertThat(fromEnd).as("transitions from " + end).isEmpty();
        }
    }

    @Test
    void only_a_pending_payment_can_be_closed_so_a_close_never_undoes_money_taken() {
        assertThat(PaymentTransition.CLOSE.startsAt(PENDING)).isTrue();
        assertThat(PaymentTransition.CLOSE.to()).isEqualTo(CLOSED);
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(PaymentTransition.CLOSE::startsAt))
                .containsExactly(PENDING);
    }
}
