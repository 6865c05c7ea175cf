package io.kaola.order.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.rpc.CallableBy;

import java.util.List;

/**
 * Returns after delivery (issue 12 §2, docs/after-sales.md#returns), for the gateway: the shopper asks, ops approve
 * (the return is declared to customs with a CEB625 and the carrier collects the parcel) or refuse; the parcel's
 * arrival and customs' answer then refund the units by themselves.
 */
@CallableBy("kaola-gateway")
public interface ReturnService {

    /**
     * @return the new return, REQUESTED
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's); ORDER_NOT_RETURNABLE (not DELIVERED or
     *         COMPLETED, or past the return period); ORDER_INVALID_RETURN (no lines, an SKU not on the order or twice,
     *         more units than are left to return, no reason)
     */
    ReturnView requestReturn(long buyerId, String orderNo, ReturnRequest request) throws KaolaException;

    /**
     * @return the buyer's returns of the order, oldest first
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's)
     */
    List<ReturnView> returnsOf(long buyerId, String orderNo) throws KaolaException;

    /**
     * Ops approve: REQUESTED → APPROVED, then the CEB625 and the pickup. Idempotent: approving an APPROVED return
     * asks customs and the carrier again (how a failed step is retried).
     *
     * @param actor who approves (ops user id or e-mail), recorded
     * @throws KaolaException ORDER_RETURN_NOT_FOUND; ORDER_ILLEGAL_TRANSITION (refused or further);
     *         COMMON_SERVICE_UNAVAILABLE (approved, but customs or the carrier could not be asked yet: approve again)
     */
    ReturnView approveReturn(String returnId, String actor) throws KaolaException;

    /**
     * Ops refuse: REQUESTED → REFUSED with the reason.
     *
     * @throws KaolaException ORDER_RETURN_NOT_FOUND; ORDER_INVALID_RETURN (no reason); ORDER_ILLEGAL_TRANSITION
     */
    ReturnView refuseReturn(String returnId, String reason, String actor) throws KaolaException;

    /** @return returns in that status (null: all), newest first, across every shard (ops) */
    Page<ReturnView> listReturns(ReturnStatus status, PageRequest page);
}
