package io.kaola.logistics.api;

import io.kaola.common.error.KaolaException;

/** Shopper-facing tracking of an order's parcel (the gateway checks that the order is the caller's first). */
public interface TrackingService {

    /**
     * @param buyerId the order's buyer (the waybill must be theirs)
     * @param orderNo the order
     * @return the waybill, the parcel status and every event, oldest first; {@link TrackingView#none} while the order
     *         has no waybill yet (not paid, or the carrier is being asked)
     * @throws KaolaException LOGISTICS_WAYBILL_NOT_FOUND when the order's waybill belongs to another buyer
     */
    TrackingView getTracking(long buyerId, String orderNo) throws KaolaException;
}
