package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code orderNo + ":" + milestone} (REJECTED: {@code + ":" + returnTime}
 * millis, as a data rejection can happen again after a re-send; RETURN_ACCEPTED / RETURN_REFUSED:
 * {@code + ":" + returnId}, as an order may have several returns). Published by kaola-customs when an order's
 * clearance reaches a milestone; kaola-order moves the order (DECLARED → DECLARING, RELEASED → CLEARED, a REJECTED
 * whose kind cancels the order → CUSTOMS_REJECTED, CANCELLED → the refund may go ahead, CANCEL_REFUSED → the order
 * ships, RETURN_ACCEPTED / RETURN_REFUSED → the return's customs answer), kaola-logistics records it as tracking
 * and ships on RELEASED (the return milestones are not parcel events there).
 *
 * @param orderNo      the order
 * @param buyerId      its buyer; 0 when unknown (an order cancelled before any input of its declaration arrived)
 * @param milestone    what was reached
 * @param kind         why it was rejected; null unless REJECTED
 * @param returnStatus the receipt's returnStatus (cross-border.md §4.5), e.g. 120, 800, 100, or a negative
 *                     single-window code; for CANCELLED / CANCEL_REFUSED the CEB624's (800 approved, 100 or negative
 *                     refused), and 0 for a CANCELLED kaola-customs decided itself (nothing was declared as a list)
 * @param returnInfo   the receipt's returnInfo, e.g. {@code [Code:2600;Desc:放行]}; never an identity number
 *                     (RETURN_ACCEPTED / RETURN_REFUSED: the CEB626's, 800/899 accepted, 100 or negative refused)
 * @param at           the receipt's returnTime (a CANCELLED decided without customs: when it was cancelled)
 * @param returnId     the return (kaola-order's id) a RETURN_ACCEPTED / RETURN_REFUSED answers; null for every
 *                     other milestone
 */
public record CustomsStatusChanged(String orderNo, long buyerId, CustomsMilestone milestone, RejectionKind kind,
                                   int returnStatus, String returnInfo, Instant at, String returnId)
        implements Serializable {
    public static final String TOPIC = "customs-status-changed";

    /** An event of the order's declaration itself (no return): {@code returnId} null. */
    public CustomsStatusChanged(String orderNo, long buyerId, CustomsMilestone milestone, RejectionKind kind,
                                int returnStatus, String returnInfo, Instant at) {
        this(orderNo, buyerId, milestone, kind, returnStatus, returnInfo, at, null);
    }
}
