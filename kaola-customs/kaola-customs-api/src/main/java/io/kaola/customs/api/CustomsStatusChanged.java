package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code orderNo + ":" + milestone} (REJECTED: {@code + ":" + returnTime}
 * millis, as a data rejection can happen again after a re-send). Published by kaola-customs when an order's
 * clearance reaches a milestone; kaola-order moves the order (DECLARED → DECLARING, RELEASED → CLEARED, a REJECTED
 * whose kind cancels the order → CUSTOMS_REJECTED), kaola-logistics records it as tracking and ships on RELEASED.
 *
 * @param orderNo      the order
 * @param buyerId      its buyer
 * @param milestone    what was reached
 * @param kind         why it was rejected; null unless REJECTED
 * @param returnStatus the receipt's returnStatus (cross-border.md §4.5), e.g. 120, 800, 100, or a negative
 *                     single-window code
 * @param returnInfo   the receipt's returnInfo, e.g. {@code [Code:2600;Desc:放行]}; never an identity number
 * @param at           the receipt's returnTime
 */
public record CustomsStatusChanged(String orderNo, long buyerId, CustomsMilestone milestone, RejectionKind kind,
                                   int returnStatus, String returnInfo, Instant at) implements Serializable {
    public static final String TOPIC = "customs-status-changed";
}
