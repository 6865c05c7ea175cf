package io.kaola.customs.api;

/**
 * Why a declaration was rejected, which decides what happens next (cross-border.md §4.6): DATA is fixed and re-sent
 * by ops; QUOTA and IDENTITY cancel the order and refund it in full.
 */
public enum RejectionKind {
    /** A data problem (fields, lines, missing document, signature): fix and re-send. */
    DATA,
    /** The buyer's annual quota (26,000 CNY) would be exceeded. */
    QUOTA,
    /** The buyer's name and identity number do not match, or the payer is not the buyer. */
    IDENTITY;

    /** @return true when the order cannot be cleared at all and must be cancelled and refunded */
    public boolean cancelsOrder() { return this != DATA; }
}
