package io.kaola.order.standin;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.ReturnShipmentService;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.logistics.api.TrackingStatus;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * kaola-logistics stand-in for return pickups: books one return waybill per return id (idempotent, like the real
 * one); the parcel's events are sent by the test itself. Counts calls.
 */
@DubboService
public class StandInLogistics implements ReturnShipmentService {
    private final Map<String, ReturnShipmentView> booked = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    public synchronized int calls(String returnId) { return calls.getOrDefault(returnId, 0); }

    /** @return the booking of the return, null when none */
    public synchronized ReturnShipmentView booking(String returnId) { return booked.get(returnId); }

    @Override
    public synchronized ReturnShipmentView bookReturn(String returnId, String orderNo) throws KaolaException {
        calls.merge(returnId, 1, Integer::sum);
        return booked.computeIfAbsent(returnId, id -> new ReturnShipmentView(id, orderNo, "RWB-" + id,
                null, Instant.now()));
    }
}
