package io.kaola.customs.api;

/** Where the cancellation of an order's declaration is (the answer of {@link CustomsCancellationService#cancel}). */
public enum CancellationStatus {
    /** Nothing was declared to customs as a list (or customs rejected it already), or customs approved the CEB623:
     *  cancelled; CANCELLED is published on customs-status-changed. */
    CANCELLED,
    /** The CEB623 was sent; CANCELLED (or CANCEL_REFUSED) follows on customs-status-changed. */
    CANCELLING
}
