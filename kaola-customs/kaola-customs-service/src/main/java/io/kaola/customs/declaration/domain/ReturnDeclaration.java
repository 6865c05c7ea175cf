package io.kaola.customs.declaration.domain;

import java.time.Instant;
import java.util.List;

/**
 * One return's declaration (CEB625) and the last receipt (CEB626) applied to it.
 *
 * @param returnId         kaola-order's return id
 * @param orderNo          the order
 * @param status           SENT, ACCEPTED or REFUSED
 * @param lines            the lines declared (the list's gnum, itemNo, gcode, units returned)
 * @param reason           why (the 625's reason)
 * @param guid             the CEB625 message's guid (its receipts carry it)
 * @param state            the message: BUILT, SENDING or SENT (DROPPED is never used for returns)
 * @param lastReturnStatus last applied returnStatus; null before any
 * @param lastReturnInfo   its returnInfo
 * @param lastReturnTime   its returnTime
 * @param createdAt        when it was declared
 * @param sentAt           when the message was handed over (claimed); null while BUILT
 * @param decidedAt        when it became ACCEPTED or REFUSED; null while SENT
 */
public record ReturnDeclaration(String returnId, String orderNo, ReturnDeclarationStatus status,
                                List<ReturnRules.DeclaredReturnLine> lines, String reason, String guid,
                                DocumentRecord.State state, Integer lastReturnStatus, String lastReturnInfo,
                                Instant lastReturnTime, Instant createdAt, Instant sentAt, Instant decidedAt) {
    public ReturnDeclaration {
        lines = List.copyOf(lines);
    }

    /**
     * @param returnTime customs' time of a receipt of this return's message
     * @return APPLIED when it is newer than the last applied one, else OLDER
     */
    public ReceiptOutcome judge(Instant returnTime) {
        if (lastReturnTime != null && !returnTime.isAfter(lastReturnTime)) return ReceiptOutcome.OLDER;
        return ReceiptOutcome.APPLIED;
    }
}
