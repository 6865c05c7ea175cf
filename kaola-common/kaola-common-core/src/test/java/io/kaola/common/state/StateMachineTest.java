package io.kaola.common.state;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.kaola.common.state.StateMachineTest.Door.CLOSED;
import static io.kaola.common.state.StateMachineTest.Door.LOCKED;
import static io.kaola.common.state.StateMachineTest.Door.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateMachineTest {

    enum Door { OPEN, CLOSED, LOCKED }

    enum Move implements Transition<Door> {
        BUILD(CLOSED), SHUT(CLOSED, OPEN), LOCK(LOCKED, CLOSED), OPEN_UP(OPEN, CLOSED);

        private final Door to;
        private final Set<Door> from;

        Move(Door to, Door... from) {
            this.to = to;
            this.from = Set.of(from);
        }

        @Override public Door target() { return to; }
        @Override public Set<Door> sources() { return from; }
    }

    enum TestError implements ErrorCode {
        ILLEGAL, JAMMED;
        @Override public String prefix() { return "TEST"; }
        @Override public ErrorKind kind() { return ErrorKind.CONFLICT; }
        @Override public String title() { return "Refused"; }
    }

    private static final StateMachine<Door, Move> DOOR = StateMachine.of(Door.class, Move.class)
            .refusedWith(TestError.ILLEGAL)
            .repeatsStay()
            .creates(Move.BUILD)
            .stay(Move.SHUT, LOCKED, "a locked door is shut already")
            .refuse(Move.OPEN_UP, LOCKED, TestError.JAMMED, "unlock it first")
            .build();

    @Test
    void a_listed_source_moves_to_the_target() {
        Step<Door> step = DOOR.decide(OPEN, Move.SHUT);
        assertThat(step.moves()).isTrue();
        assertThat(step.from()).isEqualTo(OPEN);
        assertThat(step.to()).isEqualTo(CLOSED);
        assertThat(DOOR.next(CLOSED, Move.LOCK)).isEqualTo(LOCKED);
    }

    @Test
    void a_repeat_stays_and_a_declared_rule_stays_or_refuses_with_its_own_code() {
        assertThat(DOOR.decide(CLOSED, Move.SHUT).stays()).isTrue();
        assertThat(DOOR.decide(LOCKED, Move.SHUT).reason()).isEqualTo("a locked door is shut already");
        assertThatThrownBy(() -> DOOR.next(LOCKED, Move.OPEN_UP))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(TestError.JAMMED)).isTrue())
                .hasMessage("unlock it first");
    }

    @Test
    void anything_else_is_refused_with_the_machine_code_naming_the_move_and_the_status() {
        assertThatThrownBy(() -> DOOR.next(OPEN, Move.LOCK))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(TestError.ILLEGAL)).isTrue())
                .hasMessageContaining("LOCK").hasMessageContaining("OPEN");
    }

    @Test
    void only_a_creating_transition_moves_from_no_record() {
        assertThat(DOOR.next(null, Move.BUILD)).isEqualTo(CLOSED);
        assertThat(DOOR.decide(null, Move.SHUT).refused()).isTrue();
    }

    @Test
    void the_table_has_one_step_for_every_pair_including_no_record() {
        assertThat(DOOR.table()).hasSize(Move.values().length);
        DOOR.table().values().forEach(row -> assertThat(row).hasSize(Door.values().length + 1));
        assertThat(DOOR.toMarkdown()).contains("| (none) |").contains("TEST_JAMMED").contains("→ LOCKED");
    }

    @Test
    void a_rule_that_contradicts_the_enum_or_is_given_twice_is_rejected_at_build() {
        assertThatThrownBy(() -> StateMachine.of(Door.class, Move.class).stay(Move.SHUT, OPEN, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateMachine.of(Door.class, Move.class)
                .stay(Move.LOCK, OPEN, "x").stay(Move.LOCK, OPEN, "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateMachine.of(Door.class, Move.class).build()).isInstanceOf(IllegalStateException.class);
    }
}
