package io.kaola.logistics.carrier.domain;

import io.kaola.logistics.api.TrackingStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RequestData of a kdniao track push (RequestType 101): {@code {EBusinessID, PushTime, Count, Data:[{ShipperCode,
 * LogisticCode, State, StateEx, Traces:[{AcceptTime, AcceptStation, Location, Action}]}]}}. Times are
 * {@code yyyy-MM-dd HH:mm:ss} in China time. Traces carry the full list so far (a later push repeats earlier traces).
 *
 * @param eBusinessId the merchant id the push is for
 * @param pushTime    when it was pushed, as sent
 * @param parcels     one entry per waybill
 */
public record KdniaoPush(String eBusinessId, String pushTime, List<Parcel> parcels) {
    /** China standard time, the zone of kdniao's times. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** kdniao's time format. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public KdniaoPush {
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }

    /**
     * @param shipperCode  the carrier's code (e.g. SBX for the sandbox)
     * @param logisticCode the waybill number
     * @param state        the parcel's current state code
     * @param stateEx      the current detailed state code
     * @param traces       every trace so far, oldest first
     */
    public record Parcel(String shipperCode, String logisticCode, String state, String stateEx, List<Trace> traces) {
        public Parcel {
            traces = traces == null ? List.of() : List.copyOf(traces);
        }
    }

    /**
     * @param acceptTime    when, {@code yyyy-MM-dd HH:mm:ss} China time
     * @param acceptStation what and where, as text
     * @param location      the city or station; may be null
     * @param action        the trace's own state code; may be null (then the last trace takes the parcel's
     *                      StateEx, else its State, and earlier traces without one are ignored)
     */
    public record Trace(String acceptTime, String acceptStation, String location, String action) {}

    /** @return an instant as kdniao writes it */
    public static String format(Instant at) { return TIME.format(LocalDateTime.ofInstant(at, CHINA)); }

    /**
     * @return every trace with a known code ({@link KdniaoStateMapping}) as a {@link CarrierTrace}, in push order
     * @throws IllegalArgumentException a parcel without LogisticCode or a trace with an unreadable AcceptTime
     */
    public List<CarrierTrace> traces() {
        List<CarrierTrace> out = new ArrayList<>();
        for (Parcel p : parcels) {
            if (p.logisticCode() == null || p.logisticCode().isBlank()) {
                throw new IllegalArgumentException("a Data entry without LogisticCode");
            }
            for (int i = 0; i < p.traces().size(); i++) {
                Trace t = p.traces().get(i);
                String code = t.action();
                if ((code == null || code.isBlank()) && i == p.traces().size() - 1) {
                    code = p.stateEx() != null && !p.stateEx().isBlank() ? p.stateEx() : p.state();
                }
                Optional<TrackingStatus> status = KdniaoStateMapping.map(code);
                if (status.isEmpty()) continue;
                out.add(new CarrierTrace(p.logisticCode(), CarrierTrace.CARRIER, code.trim(), parseTime(t.acceptTime()),
                        status.get(), t.location(), t.acceptStation()));
            }
        }
        return out;
    }

    private static Instant parseTime(String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.trim(), TIME).atZone(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("AcceptTime is not yyyy-MM-dd HH:mm:ss: " + text);
        }
    }
}
