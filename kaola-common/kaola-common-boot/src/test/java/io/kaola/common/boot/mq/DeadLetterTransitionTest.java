package io.kaola.common.boot.mq;

import io.kaola.common.deadletter.DeadLetterError;
import io.kaola.common.deadletter.DeadLetterTransition;
import io.kaola.common.test.TransitionTableCheck;
import org.junit.jupiter.api.Test;

import static io.kaola.common.deadletter.DeadLetterStatus.DISCARDED;
import static io.kaola.common.deadletter.DeadLetterStatus.NEW;
import static io.kaola.common.deadletter.DeadLetterStatus.REPLAYED;
import static io.kaola.common.deadletter.DeadLetterTransition.DISCARD;
import static io.kaola.common.deadletter.DeadLetterTransition.REPLAY;

/** Every (status, transition) pair of the dead-letter desk, "no record" included. */
class DeadLetterTransitionTest {
    @Test
    void the_table() {
        TransitionTableCheck.of(DeadLetterTransition.LIFECYCLE, DeadLetterError.ILLEGAL_TRANSITION)
                .move(NEW, REPLAY, REPLAYED)
                .move(NEW, DISCARD, DISCARDED)
                .stay(REPLAYED, REPLAY)
                .stay(DISCARDED, DISCARD)
                .verify();
    }
}
