package io.kaola.common.deadletter;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of the dead-letter desk ({@link DeadLetterService}); listed in docs/errors.md. */
public enum DeadLetterError implements ErrorCode {
    /** No dead letter with that id in this service. */
    NOT_FOUND(ErrorKind.NOT_FOUND, "Dead letter not found"),
    /** Replay of a DISCARDED letter, discard of a REPLAYED one. */
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Dead letter already settled otherwise"),
    /** The service's desk is off (its database has no dead_letter table), or the replay could not be published. */
    DESK_UNAVAILABLE(ErrorKind.UNAVAILABLE, "Dead-letter desk unavailable");

    private final ErrorKind kind;
    private final String title;

    DeadLetterError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "DEAD_LETTER"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
