package io.kaola.common.test;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhaustive pair test of one {@link StateMachine}: the expected table is written out in the test,
 * independently of the enum, and {@link #verify()} walks every (status, transition) pair, "no record yet"
 * included. A pair the test does not list must be refused with the default code.
 * <pre>{@code
 * TransitionTableCheck.of(Order.LIFECYCLE, OrderError.ILLEGAL_TRANSITION)
 *         .move(PENDING_PAYMENT, PAY, PAID)
 *         .move(PENDING_PAYMENT, CLOSE, CLOSED)
 *         .verify();
 * }</pre>
 */
public final class TransitionTableCheck<S extends Enum<S>, T extends Enum<T> & Transition<S>> {
    private final StateMachine<S, T> machine;
    private final ErrorCode refusedByDefault;
    private final Map<T, Map<S, Object>> expected = new HashMap<>();
    private static final Object STAY = new Object() { @Override public String toString() { return "STAY"; } };

    private TransitionTableCheck(StateMachine<S, T> machine, ErrorCode refusedByDefault) {
        this.machine = Objects.requireNonNull(machine);
        this.refusedByDefault = Objects.requireNonNull(refusedByDefault);
    }

    /**
     * @param machine          the machine under test
     * @param refusedByDefault the code every pair not listed must be refused with
     */
    public static <S extends Enum<S>, T extends Enum<T> & Transition<S>> TransitionTableCheck<S, T> of(
            StateMachine<S, T> machine, ErrorCode refusedByDefault) {
        return new TransitionTableCheck<>(machine, refusedByDefault);
    }

    /** Expects {@code transition} from {@code from} (null: no record) to move to {@code to}. */
    public TransitionTableCheck<S, T> move(S from, T transition, S to) {
        return put(from, transition, Objects.requireNonNull(to));
    }

    /** Expects {@code transition} from {@code from} (null: no record) to stay, writing nothing. */
    public TransitionTableCheck<S, T> stay(S from, T transition) {
        return put(from, transition, STAY);
    }

    /** Expects {@code transition} from {@code from} (null: no record) to be refused with {@code code}. */
    public TransitionTableCheck<S, T> refuse(S from, T transition, ErrorCode code) {
        return put(from, transition, Objects.requireNonNull(code));
    }

    private TransitionTableCheck<S, T> put(S from, T transition, Object outcome) {
        Object before = expected.computeIfAbsent(transition, k -> new HashMap<>()).put(from, outcome);
        if (before != null) throw new IllegalArgumentException("listed twice: " + transition + " from " + from);
        return this;
    }

    /**
     * Walks every pair and asserts the machine's step: its outcome, its target, its code, and that a refusal's
     * reason names something a person can act on.
     *
     * @return the number of pairs checked: (statuses + 1) × transitions
     */
    public int verify() {
        List<S> froms = new ArrayList<>();
        froms.add(null);
        froms.addAll(Arrays.asList(machine.statuses().getEnumConstants()));
        int checked = 0;
        for (T t : machine.transitions().getEnumConstants()) {
            for (S from : froms) {
                Object want = expected.getOrDefault(t, Map.of()).getOrDefault(from, refusedByDefault);
                Step<S> step = machine.decide(from, t);
                String pair = t.name() + " from " + (from == null ? "(none)" : from.name());
                if (want == STAY) {
                    assertThat(step.stays()).as(pair + " stays, got " + step).isTrue();
                    assertThat(step.to()).as(pair).isEqualTo(from);
                } else if (want instanceof ErrorCode code) {
                    assertThat(step.refused()).as(pair + " is refused, got " + step).isTrue();
                    assertThat(step.refusal().code()).as(pair).isEqualTo(code.code());
                    assertThat(step.exception().code()).isEqualTo(code.code());
                    assertThat(step.reason()).as(pair + " says why").isNotBlank();
                } else {
                    assertThat(step.moves()).as(pair + " moves, got " + step).isTrue();
                    assertThat(step.to()).as(pair).isEqualTo(want);
                    assertThat(step.from()).as(pair).isEqualTo(from);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo((machine.statuses().getEnumConstants().length + 1) * machine.transitions().getEnumConstants().length);
        return checked;
    }
}
