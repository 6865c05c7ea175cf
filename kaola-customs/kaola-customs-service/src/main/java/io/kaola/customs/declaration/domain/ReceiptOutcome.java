package io.kaola.customs.declaration.domain;

/** What applying one receipt to a document did. */
public enum ReceiptOutcome {
    /** It is the newest receipt of the document's current message: recorded as its state. */
    APPLIED,
    /** Its returnTime is not after the last applied receipt's: changes nothing (receipts never go backwards). */
    OLDER,
    /** It answers a message the document has since replaced (a re-send): changes nothing. */
    STALE_GUID,
    /** No message of this document was sent for the order. */
    UNKNOWN_DOCUMENT
}
