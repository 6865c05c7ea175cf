package io.kaola.promotion.seckill.domain;

/**
 * The answer to one flash-sale attempt, decided atomically by the admission script (all conditions and the taking of
 * the unit in one step), in the order checked.
 */
public enum Admission {
    /** The sale is not warmed (unknown, or not yet moved into Redis). */
    UNKNOWN_SALE,
    /** Before the sale's start. */
    NOT_STARTED,
    /** At or after the sale's end. */
    ENDED,
    /** No attempt token, an expired one, or another one: fetch a token first (each token admits one attempt). */
    BAD_TOKEN,
    /** The buyer already holds the sale's per-user limit. */
    LIMIT_REACHED,
    /** No unit left. */
    SOLD_OUT,
    /** A unit was taken for this attempt: it becomes an order asynchronously. */
    ADMITTED;

    /** @return true when a unit was taken */
    public boolean admitted() { return this == ADMITTED; }
}
