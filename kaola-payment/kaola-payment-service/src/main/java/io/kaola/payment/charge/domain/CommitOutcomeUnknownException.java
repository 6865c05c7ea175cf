package io.kaola.payment.charge.domain;

/**
 * Thrown by a local transaction whose COMMIT failed in flight: the database may or may not have applied it,
 * so the half message is left UNKNOW and the broker's check-back reads the real state.
 */
public class CommitOutcomeUnknownException extends RuntimeException {
    public CommitOutcomeUnknownException(String message, Throwable cause) { super(message, cause); }
}
