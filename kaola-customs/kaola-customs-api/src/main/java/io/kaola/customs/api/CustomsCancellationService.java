package io.kaola.customs.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/**
 * For kaola-order: cancel an order's customs declaration before release (CEB623 撤销申请单 to the single window,
 * docs/customs.md "Cancellation (CEB623)"). CANCELLED is always published on topic customs-status-changed (key
 * {@code orderNo:CANCELLED}), also when the answer here is already CANCELLED, so kaola-order acts on the message only;
 * a refused 623 publishes CANCEL_REFUSED (key {@code orderNo:CANCEL_REFUSED}).
 */
@CallableBy("kaola-order")
public interface CustomsCancellationService {

    /**
     * Cancels the order's declaration. Idempotent: a repeat answers the current state (and publishes CANCELLED
     * again when it is CANCELLED; consumers dedupe by key).
     * <ul>
     *   <li>no declaration yet, or nothing declared as a list (COLLECTING, CHECK_FAILED, DOCUMENTS_SENT,
     *       DATA_REJECTED, or a list not yet handed to the single window): CANCELLED at once, nothing more is sent;
     *       later inputs (order, payment, waybill) never start it;</li>
     *   <li>the list is with customs (LIST_SENT, DECLARED, INSPECTION, DETAINED): a CEB623 is sent, CANCELLING;
     *       CANCELLED or CANCEL_REFUSED follows on customs-status-changed;</li>
     *   <li>customs rejected the declaration for quota or identity: CANCELLED (nothing to cancel).</li>
     * </ul>
     *
     * @param orderNo the order (1..64 characters)
     * @param reason  why, 1..255 characters: the 623's {@code reason} field (no identity numbers)
     * @return what customs knows now
     * @throws KaolaException CUSTOMS_ALREADY_RELEASED (409: the list was released, the goods ship; a return is the
     *         way); COMMON_INVALID_REQUEST (orderNo or reason missing or too long); COMMON_SERVICE_UNAVAILABLE (the
     *         cancellation is recorded but CANCELLED could not be published: call again)
     */
    CancellationResult cancel(String orderNo, String reason) throws KaolaException;
}
