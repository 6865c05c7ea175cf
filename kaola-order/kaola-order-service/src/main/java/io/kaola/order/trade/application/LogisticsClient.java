package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.ReturnShipmentView;

/** kaola-logistics, for return parcels (port; DubboLogisticsClient in trade/infrastructure). Idempotent on returnId. */
public interface LogisticsClient {

    /**
     * Books the carrier to collect the return parcel at the order's delivery address and bring it back to the bonded
     * warehouse; its events arrive on parcel-status-changed with the return id.
     *
     * @return the return waybill
     * @throws KaolaException LOGISTICS_WAYBILL_NOT_FOUND, passed through; COMMON_SERVICE_UNAVAILABLE when
     *         kaola-logistics cannot be reached
     */
    ReturnShipmentView bookReturn(String returnId, String orderNo);
}
