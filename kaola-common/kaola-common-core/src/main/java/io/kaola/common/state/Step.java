package io.kaola.common.state;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;

import java.util.Objects;

/**
 * What a {@link StateMachine} decides for one (current status, transition) pair: move to a new status, stay
 * where it is (a repeat or a no-op by rule, answered without writing), or refuse with a stable error code and
 * a reason a person can act on.
 *
 * @param outcome MOVE, STAY or REFUSE
 * @param from    the status before; null when the record does not exist yet
 * @param to      the status after: the target for MOVE, {@code from} for STAY and REFUSE
 * @param refusal the error code of a refusal; null otherwise
 * @param reason  why, in words: the rule that stays or refuses; for a move, "A --T--> B"
 * @param <S>     the status enum
 */
public record Step<S extends Enum<S>>(Outcome outcome, S from, S to, ErrorCode refusal, String reason) {

    /** The three things a machine can decide. */
    public enum Outcome {
        /** Write the new status, guarded by {@code from}. */
        MOVE,
        /** Write nothing; answer with the record as it is. */
        STAY,
        /** Write nothing; throw {@link #refusal()}. */
        REFUSE
    }

    public Step {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if ((outcome == Outcome.REFUSE) != (refusal != null)) {
            throw new IllegalArgumentException("a refusal, and only a refusal, carries an error code");
        }
    }

    static <S extends Enum<S>> Step<S> move(S from, S to, String reason) {
        return new Step<>(Outcome.MOVE, from, Objects.requireNonNull(to, "to"), null, reason);
    }

    static <S extends Enum<S>> Step<S> stay(S from, String reason) {
        return new Step<>(Outcome.STAY, from, from, null, reason);
    }

    static <S extends Enum<S>> Step<S> refuse(S from, ErrorCode code, String reason) {
        return new Step<>(Outcome.REFUSE, from, from, Objects.requireNonNull(code, "code"), reason);
    }

    /** @return true when the status changes and must be written */
    public boolean moves() { return outcome == Outcome.MOVE; }

    /** @return true when nothing is written and the record is answered as it is */
    public boolean stays() { return outcome == Outcome.STAY; }

    /** @return true when the move is refused */
    public boolean refused() { return outcome == Outcome.REFUSE; }

    /**
     * @return the status after this step ({@link #to()}) when it moves or stays
     * @throws KaolaException the refusal's code, with {@link #reason()} as its detail, when it is refused
     */
    public S orThrow() {
        if (refused()) throw exception();
        return to;
    }

    /**
     * @return the refusal as an exception, ready to throw
     * @throws IllegalStateException when this step is not a refusal
     */
    public KaolaException exception() {
        if (!refused()) throw new IllegalStateException("not a refusal: " + this);
        return refusal.exception(reason);
    }
}
