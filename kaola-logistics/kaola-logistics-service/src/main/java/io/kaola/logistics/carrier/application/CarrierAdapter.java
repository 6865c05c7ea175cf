package io.kaola.logistics.carrier.application;

import io.kaola.logistics.carrier.domain.CarrierTrace;
import io.kaola.logistics.carrier.domain.IssuedWaybill;
import io.kaola.logistics.carrier.domain.ReturnRequest;
import io.kaola.logistics.carrier.domain.VerifiedPush;
import io.kaola.logistics.carrier.domain.WaybillRequest;

import java.util.List;
import java.util.Map;

/**
 * One carrier (docs/logistics.md): issues waybills, takes parcels, and pushes tracking. Locally the sandbox carrier
 * (profile {@code sandbox}); a real one (kdniao, kuaidi100, a carrier's own API) is another implementation.
 */
public interface CarrierAdapter {
    /** The message of a refused start when no adapter is configured. */
    String NO_CARRIER_MESSAGE = "kaola-logistics has no carrier: none is configured and the sandbox profile is off";

    /** @return the carrier's code in our callback paths and waybill rows, e.g. "sandbox" */
    String code();

    /**
     * Asks for the waybill of one order; idempotent on the order number (asking again answers the same waybill).
     * @throws io.kaola.common.error.KaolaException LOGISTICS_CARRIER_UNAVAILABLE when the carrier does not answer
     */
    IssuedWaybill requestWaybill(WaybillRequest request);

    /**
     * Hands the parcel to the carrier (customs released it); idempotent: a second call starts nothing new.
     * @throws io.kaola.common.error.KaolaException LOGISTICS_CARRIER_UNAVAILABLE
     */
    void ship(String orderNo, String logisticsNo);

    /**
     * Books a return pickup; idempotent on the return id (booking again answers the same waybill and starts nothing
     * new). The carrier then pushes the return parcel's tracking (COLLECTED, IN_TRANSIT, RETURNED) for the waybill
     * number it answers, through the same callback as outbound parcels.
     *
     * @return the return waybill, a number of its own (never the outbound one)
     * @throws io.kaola.common.error.KaolaException LOGISTICS_CARRIER_UNAVAILABLE when the carrier does not answer
     */
    IssuedWaybill bookReturn(ReturnRequest request);

    /**
     * Verifies a push's signature, in constant time.
     * @param form the decoded form fields as they arrived
     * @return the signed payload and the acknowledgement to answer
     * @throws io.kaola.common.error.KaolaException LOGISTICS_MALFORMED_PUSH (fields missing),
     *         LOGISTICS_BAD_SIGNATURE
     */
    VerifiedPush verify(Map<String, String> form);

    /**
     * @param payload a verified payload ({@link VerifiedPush#payload()})
     * @return its traces with a known code, in push order
     * @throws io.kaola.common.error.KaolaException LOGISTICS_MALFORMED_PUSH
     */
    List<CarrierTrace> parse(String payload);
}
