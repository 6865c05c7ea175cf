package io.kaola.inventory.hold.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.api.InventoryError;
import org.junit.jupiter.api.Test;

import static io.kaola.inventory.api.HoldStatus.CLOSED;
import static io.kaola.inventory.api.HoldStatus.OPEN;
import static io.kaola.inventory.hold.domain.HoldTransition.CLOSE;
import static io.kaola.inventory.hold.domain.HoldTransition.HOLD;
import static io.kaola.inventory.hold.domain.HoldTransition.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, InventoryError.HOLD_NOT_FOUND)
                .move(null, HOLD, OPEN)
                .stay(OPEN, HOLD)                   // a repeat of the hold
                .stay(CLOSED, HOLD)                 // the id already has its hold (closed): answered as it is
                .refuse(null, CLOSE, InventoryError.HOLD_NOT_FOUND)
                .move(OPEN, CLOSE, CLOSED)
                .stay(CLOSED, CLOSE)                // a repeat of the close
                .verify();
        assertThat(pairs).isEqualTo(6);
    }

    @Test
    void closing_an_unknown_hold_names_the_hold() {
        assertThatThrownBy(() -> CLOSE.decideFor("SECKILL-404", null))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.HOLD_NOT_FOUND)).isTrue())
                .hasMessageContaining("SECKILL-404");
    }

    @Test
    void a_move_leaves_the_status_it_is_guarded_by_for_the_target_of_its_transition() {
        for (HoldTransition t : HoldTransition.values()) {
            for (HoldStatus from : t.sources()) {
                assertThat(t.decideFor("H1", from).from()).isEqualTo(from);
                assertThat(t.decideFor("H1", from).to()).isEqualTo(t.target());
            }
        }
        assertThat(HOLD.decideFor("H1", null).to()).isEqualTo(OPEN);
    }
}
