package io.kaola.customs.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

import java.util.List;

/**
 * For kaola-order: declare a return of delivered goods (CEB625 退货申请单) to the single window (docs/customs.md
 * "Returns (CEB625)"). The outcome arrives on topic customs-status-changed: RETURN_ACCEPTED or RETURN_REFUSED with
 * {@link CustomsStatusChanged#returnId()} set, key {@code orderNo:RETURN_ACCEPTED:<returnId>} /
 * {@code orderNo:RETURN_REFUSED:<returnId>}. The order's declaration itself stays RELEASED.
 */
@CallableBy("kaola-order")
public interface CustomsReturnService {

    /**
     * Declares the return of these units of a RELEASED order: a CEB625 naming the inventory list (its copNo, and
     * customs' invtNo when a receipt carried it) and, per line, the list's gnum, itemNo, gcode and the quantity
     * returned, with the reason. Idempotent on returnId: a repeat answers the current state (the first call's lines
     * count) and, when customs decided, publishes the outcome again (consumers dedupe by key).
     *
     * @param orderNo  the order (1..64 characters)
     * @param returnId kaola-order's id of the return (1..64 characters), unique over all orders
     * @param lines    the SKUs and units returned (at least one line, quantity ≥ 1; a SKU named twice is added up)
     * @param reason   why, 1..255 characters: the 625's {@code reason} (no identity numbers)
     * @return the return's declaration: SENT (the CEB625 is with, or on its way to, the single window), ACCEPTED or
     *         REFUSED
     * @throws KaolaException CUSTOMS_NOT_RELEASED (409: no released list to return against); CUSTOMS_INVALID_RETURN
     *         (400: a line not on the list, more units than declared counting every return of the order not refused,
     *         or the returnId is another order's; nothing recorded); COMMON_INVALID_REQUEST (a parameter missing or
     *         too long); COMMON_SERVICE_UNAVAILABLE (decided, but the outcome could not be published: call again)
     */
    ReturnDeclarationView declareReturn(String orderNo, String returnId, List<ReturnLine> lines, String reason)
            throws KaolaException;
}
