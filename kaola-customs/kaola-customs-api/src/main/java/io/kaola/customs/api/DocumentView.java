package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One declaration message of an order, for ops.
 *
 * @param document         which one
 * @param messageType      e.g. CEB311
 * @param guid             guid of the latest message
 * @param appType          1 add, 2 change (a re-send)
 * @param state            BUILT (not yet handed to the single window), SENDING (being handed over), SENT, or DROPPED
 *                         (never handed over: the declaration was cancelled first)
 * @param attempts         how many messages were built for it (re-sends included)
 * @param lastReturnStatus the last applied receipt's returnStatus; null before any
 * @param lastReturnInfo   its returnInfo
 * @param lastReturnTime   its returnTime
 * @param sentAt           when the latest message was sent; null while BUILT
 * @param rawMessage       the latest message XML, identity numbers masked
 * @param receipts         every receipt received, oldest first
 */
public record DocumentView(CustomsDocument document, String messageType, String guid, int appType, String state,
                           int attempts, Integer lastReturnStatus, String lastReturnInfo, Instant lastReturnTime,
                           Instant sentAt, String rawMessage, List<ReceiptView> receipts) implements Serializable {
    public DocumentView {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }
}
