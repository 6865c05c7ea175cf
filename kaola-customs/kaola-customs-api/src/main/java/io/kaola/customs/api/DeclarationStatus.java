package io.kaola.customs.api;

/**
 * Where one order's customs clearance is (one row per order). Transitions: DeclarationTransition in
 * kaola-customs-service; table in docs/customs.md. {@link #isException()} statuses need ops and are listed first.
 */
public enum DeclarationStatus {
    /** Waiting for the three inputs (paid order, payment, waybill). */
    COLLECTING,
    /** Exception: the three-document check (§4.4) failed, or an HS code is missing; nothing was sent. */
    CHECK_FAILED,
    /** The order (311), payment (411) and waybill (511) were sent; waiting for their 120 receipts. */
    DOCUMENTS_SENT,
    /** The inventory list (621) was sent; waiting for customs to accept it. */
    LIST_SENT,
    /** Customs accepted the list (returnStatus 120 or later). */
    DECLARED,
    /** Exception: customs holds the goods for inspection (500). */
    INSPECTION,
    /** Customs released the list (800; 899 closes it): the warehouse ships. */
    RELEASED,
    /** Exception: a document was rejected for its data (100, or a negative single-window code): fix and re-send. */
    DATA_REJECTED,
    /** Exception, final: customs rejected for quota or identity; kaola-order cancels and refunds the order. */
    REJECTED_ORDER_CANCELLED,
    /** Exception: customs detained the goods (501-599). */
    DETAINED,
    /** A cancellation (CEB623) was sent for the list; waiting for customs' answer (CEB624). */
    CANCELLING,
    /** Final: cancelled (the 623 approved, or cancelled before any list was declared); nothing more is sent. */
    CANCELLED;

    /** @return true for the statuses ops must act on or look at */
    public boolean isException() {
        return this == CHECK_FAILED || this == INSPECTION || this == DATA_REJECTED || this == REJECTED_ORDER_CANCELLED
                || this == DETAINED;
    }
}
