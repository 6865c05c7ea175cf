package io.kaola.common.deadletter;

/**
 * Where a dead letter is on the ops desk: {@code NEW} when recorded, then {@code REPLAYED} (re-published to its
 * consumer group) or {@code DISCARDED} (ops decided it needs no processing). Table: {@link DeadLetterTransition}.
 */
public enum DeadLetterStatus {
    /** Recorded from {@code %DLQ%<group>}, nobody acted yet. */
    NEW,
    /** Re-published to the group's retry topic; the consumer took it again (idempotently). */
    REPLAYED,
    /** Ops decided it is not to be processed. */
    DISCARDED
}
