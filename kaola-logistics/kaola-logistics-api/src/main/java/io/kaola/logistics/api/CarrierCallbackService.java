package io.kaola.logistics.api;

import io.kaola.common.error.KaolaException;

/** The carriers' push callback (the gateway's POST /api/logistics/callbacks/{carrier} hands the form over). */
public interface CarrierCallbackService {

    /**
     * Verifies the push's signature (constant time), stores the raw push on topic carrier-push-received and answers
     * at once; the events are applied asynchronously (deduplicated, never backwards).
     *
     * @param push the carrier and its decoded form fields
     * @return the carrier's expected acknowledgement
     * @throws KaolaException LOGISTICS_UNKNOWN_CARRIER; LOGISTICS_MALFORMED_PUSH; LOGISTICS_BAD_SIGNATURE (nothing
     *         recorded); COMMON_SERVICE_UNAVAILABLE (the broker did not take it: the carrier retries)
     */
    CarrierPushAck acceptPush(CarrierPush push) throws KaolaException;
}
