package io.kaola.customs.api;

/** What an order's clearance reached, as others need to know it (kaola-order, kaola-logistics). */
public enum CustomsMilestone {
    /** The three documents were accepted and the inventory list (CEB621) was declared. */
    DECLARED,
    /** Customs released the inventory list (returnStatus 800): the warehouse may ship. */
    RELEASED,
    /** Customs or the single window rejected a declaration (see {@link RejectionKind}). */
    REJECTED
}
