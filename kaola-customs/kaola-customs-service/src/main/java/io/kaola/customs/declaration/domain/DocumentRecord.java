package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.time.Instant;

/**
 * The latest message of one document of one order and the last receipt applied to it.
 *
 * @param orderNo          the order
 * @param document         which document
 * @param guid             the latest message's guid
 * @param appType          1 add, 2 change
 * @param state            BUILT (to be handed to the single window), SENDING (claimed by a sender), SENT or DROPPED
 * @param attempts         messages built so far
 * @param lastReturnStatus last applied returnStatus; null before any
 * @param lastReturnInfo   its returnInfo
 * @param lastReturnTime   its returnTime
 * @param builtAt          when the latest message was built
 * @param sentAt           when it was sent; null while BUILT
 */
public record DocumentRecord(String orderNo, CustomsDocument document, String guid, int appType, State state,
                             int attempts, Integer lastReturnStatus, String lastReturnInfo, Instant lastReturnTime,
                             Instant builtAt, Instant sentAt) {

    /** Whether the latest message has been handed to the single window. */
    public enum State {
        /** Built and stored, not yet handed over. */
        BUILT,
        /** Claimed by one sender (so two threads never send the same guid); back to BUILT if the send fails. */
        SENDING,
        /** Taken by the single window. */
        SENT,
        /** Never handed over: the declaration was cancelled before it was sent (never sent afterwards). */
        DROPPED
    }

    /**
     * @param guid       the message the receipt answers
     * @param returnTime customs' time of the receipt
     * @return APPLIED when it is newer than the last applied one of the current message, else why not
     */
    public ReceiptOutcome judge(String guid, Instant returnTime) {
        if (!this.guid.equals(guid)) return ReceiptOutcome.STALE_GUID;
        if (lastReturnTime != null && !returnTime.isAfter(lastReturnTime)) return ReceiptOutcome.OLDER;
        return ReceiptOutcome.APPLIED;
    }

    /** @return true when customs accepted the current message (120 or later, not rejected) */
    public boolean accepted() {
        return lastReturnStatus != null && !ReceiptRules.isRejection(lastReturnStatus)
                && ReceiptRules.isAccepted(lastReturnStatus);
    }

    /** @return true when the current message was rejected (100 or a negative code): it must be built again */
    public boolean rejected() { return lastReturnStatus != null && ReceiptRules.isRejection(lastReturnStatus); }
}
