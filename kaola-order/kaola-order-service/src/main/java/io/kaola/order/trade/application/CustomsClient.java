package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;

import java.util.List;

/**
 * kaola-customs, for cancelling a paid order before release and declaring returns (port; DubboCustomsClient in trade/infrastructure).
 * Idempotent: a repeat answers the declaration's current state.
 */
public interface CustomsClient {

    /**
     * Cancels the order's customs declaration: at once when no inventory list was declared, else with a CEB623 to the
     * single window whose outcome arrives on customs-status-changed (CANCELLED or CANCEL_REFUSED).
     *
     * @param orderNo the order
     * @param reason  why, 1..255 characters (the 623's reason)
     * @return CANCELLED or CANCELLING
     * @throws KaolaException CUSTOMS_ALREADY_RELEASED (the goods ship), passed through; COMMON_SERVICE_UNAVAILABLE when
     *         kaola-customs cannot be reached (nothing changed)
     */
    CancellationResult cancel(String orderNo, String reason);

    /**
     * Declares a return of units of a released order (CEB625); customs' answer arrives on customs-status-changed
     * (RETURN_ACCEPTED or RETURN_REFUSED, with the return id). Idempotent on returnId.
     *
     * @throws KaolaException CUSTOMS_NOT_RELEASED, CUSTOMS_INVALID_RETURN, passed through; COMMON_SERVICE_UNAVAILABLE
     *         when kaola-customs cannot be reached
     */
    ReturnDeclarationView declareReturn(String orderNo, String returnId, List<ReturnLine> lines, String reason);
}
