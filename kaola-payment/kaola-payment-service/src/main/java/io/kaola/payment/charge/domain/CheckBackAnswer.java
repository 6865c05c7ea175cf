package io.kaola.payment.charge.domain;

/**
 * What the database says about the change a transactional half message announces, when the broker checks back
 * ({@code TransactionCheck}).
 */
public enum CheckBackAnswer {
    /** The change is committed: deliver the message. */
    COMMIT,
    /** The change will never be committed (or another one was): drop the message. */
    ROLLBACK,
    /**
     * Not committed (yet): the local transaction may still be running. The listener asks again later while the
     * message is younger than {@code kaola.payment.check-back-give-up-after}, then drops it.
     */
    NOT_YET
}
