package io.kaola.logistics.carrier.domain;

import io.kaola.logistics.api.TrackingStatus;

import java.time.Instant;

/**
 * One tracking event of one waybill, mapped to the one vocabulary. Two traces with the same {@link #key()} are the
 * same event (fulfilment.md §1: deduplicated on waybill, code and time).
 *
 * @param logisticsNo the waybill number
 * @param source      {@value #CARRIER} or {@value #CUSTOMS}
 * @param code        the source's own code (kdniao state code, bonded-warehouse event, CUSTOMS-RELEASED, ...)
 * @param at          when it happened
 * @param status      the code in the one vocabulary
 * @param place       where; may be null
 * @param description the source's text; may be null
 */
public record CarrierTrace(String logisticsNo, String source, String code, Instant at, TrackingStatus status,
                           String place, String description) {
    public static final String CARRIER = "CARRIER";
    public static final String CUSTOMS = "CUSTOMS";

    public CarrierTrace {
        if (logisticsNo == null || code == null || at == null || status == null) {
            throw new IllegalArgumentException("a trace needs a waybill number, a code, a time and a status");
        }
    }

    /** @return the dedupe key: waybill, code and time */
    public Key key() { return new Key(logisticsNo, code, at); }

    /** The identity of an event: (waybill, code, time). */
    public record Key(String logisticsNo, String code, Instant at) {}
}
