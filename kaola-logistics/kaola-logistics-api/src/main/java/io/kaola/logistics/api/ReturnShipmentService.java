package io.kaola.logistics.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/** Return parcels (逆向物流) for kaola-order. Rule and flow: docs/logistics.md "Returns". */
@CallableBy("kaola-order")
public interface ReturnShipmentService {

    /**
     * Books the carrier to collect a return parcel at the order's delivery address (read from
     * OrderService.findByOrderNo, as for waybills) and bring it back to the bonded warehouse. Idempotent on returnId:
     * a repeat answers the same return waybill (same logisticsNo) with its status now. The outbound waybill is never
     * touched: the return has its own logisticsNo and tracking, published on parcel-status-changed with returnId.
     *
     * @param returnId the return (kaola-order's id), 1..64 characters; the idempotency key
     * @param orderNo  the order whose outbound waybill must have shipped
     * @return the return waybill: BOOKED until the carrier's first event, then COLLECTED, IN_TRANSIT, RETURNED
     * @throws KaolaException LOGISTICS_WAYBILL_NOT_FOUND (the order never shipped: no waybill, or it was never handed
     *         to the carrier), COMMON_INVALID_REQUEST (blank or too long ids, the returnId booked for another order),
     *         LOGISTICS_CARRIER_UNAVAILABLE (retry with the same returnId), COMMON_SERVICE_UNAVAILABLE (kaola-order down)
     */
    ReturnShipmentView bookReturn(String returnId, String orderNo) throws KaolaException;
}
