package io.kaola.common.deadletter;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;

import java.util.EnumSet;
import java.util.Set;

import static io.kaola.common.deadletter.DeadLetterStatus.DISCARDED;
import static io.kaola.common.deadletter.DeadLetterStatus.NEW;
import static io.kaola.common.deadletter.DeadLetterStatus.REPLAYED;

/**
 * The moves of a dead letter. A repeated replay of a REPLAYED letter (or discard of a DISCARDED one) stays: it
 * changes nothing and publishes nothing. Replaying a DISCARDED letter, or discarding a REPLAYED one, is refused
 * with {@code DEAD_LETTER_ILLEGAL_TRANSITION} (ops decided already; the audit keeps the first decision).
 */
public enum DeadLetterTransition implements Transition<DeadLetterStatus> {
    /** Re-publish to the consumer group, then REPLAYED. */
    REPLAY(REPLAYED, NEW),
    /** Leave it unprocessed, DISCARDED. */
    DISCARD(DISCARDED, NEW);

    /** The one table of dead-letter statuses. */
    public static final StateMachine<DeadLetterStatus, DeadLetterTransition> LIFECYCLE =
            StateMachine.of(DeadLetterStatus.class, DeadLetterTransition.class)
                    .refusedWith(DeadLetterError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .build();

    private final DeadLetterStatus target;
    private final Set<DeadLetterStatus> sources;

    DeadLetterTransition(DeadLetterStatus target, DeadLetterStatus from) {
        this.target = target;
        this.sources = EnumSet.of(from);
    }

    @Override public DeadLetterStatus target() { return target; }
    @Override public Set<DeadLetterStatus> sources() { return sources; }
}
