package io.kaola.customs.api;

/** What an order's clearance reached, as others need to know it (kaola-order, kaola-logistics). */
public enum CustomsMilestone {
    /** The three documents were accepted and the inventory list (CEB621) was declared. */
    DECLARED,
    /** Customs released the inventory list (returnStatus 800): the warehouse may ship. */
    RELEASED,
    /** Customs or the single window rejected a declaration (see {@link RejectionKind}). */
    REJECTED,
    /** The declaration is cancelled: customs approved the CEB623, or nothing had been declared as a list (nothing
     *  will be declared): kaola-order may refund. Key {@code orderNo:CANCELLED}. */
    CANCELLED,
    /** Customs (or the single window) refused the CEB623, e.g. the list was released meanwhile: the order ships.
     *  Key {@code orderNo:CANCEL_REFUSED}. */
    CANCEL_REFUSED,
    /** Customs accepted a return's CEB625 (its CEB626 800/899): the returned goods' tax and quota may be given back.
     *  {@link CustomsStatusChanged#returnId()} names the return; key {@code orderNo:RETURN_ACCEPTED:<returnId>}. */
    RETURN_ACCEPTED,
    /** Customs (or the single window) refused a return's CEB625 (100 or a negative code): nothing is given back.
     *  Key {@code orderNo:RETURN_REFUSED:<returnId>}. */
    RETURN_REFUSED
}
