package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.carrier.domain.CarrierTrace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces of one push grouped by waybill, each event once (dedupe key: waybill, code, time) and oldest first, so
 * that the order of traces inside a push does not matter.
 */
public final class TraceBatch {
    private TraceBatch() {}

    /** @return waybill number → its distinct traces, oldest first (equal times: in push order) */
    public static Map<String, List<CarrierTrace>> byWaybill(List<CarrierTrace> traces) {
        Map<CarrierTrace.Key, CarrierTrace> distinct = new LinkedHashMap<>();
        for (CarrierTrace t : traces) distinct.putIfAbsent(t.key(), t);
        Map<String, List<CarrierTrace>> out = new LinkedHashMap<>();
        for (CarrierTrace t : distinct.values()) out.computeIfAbsent(t.logisticsNo(), k -> new ArrayList<>()).add(t);
        out.values().forEach(list -> list.sort(Comparator.comparing(CarrierTrace::at)));
        return out;
    }
}
