package io.kaola.logistics.carrier.domain;

import io.kaola.logistics.api.TrackingStatus;

import java.util.Map;
import java.util.Optional;

/**
 * The one mapping from carrier codes to {@link TrackingStatus} (fulfilment.md §1). kdniao push codes (State and
 * StateEx, RequestType 101): 1 collected; 2 in transit (201 arrived in the city, 202 out for delivery, 211 at a
 * locker or station); 3 signed (301, 304 by proxy, 311 at a locker); 4 problem (404 refused, 406/407 returned);
 * 6 customs (601 waiting, 602 in progress, 603 cleared, 604 exception); 10 awaiting pickup. kdniao has no code for
 * the bonded warehouse's own steps, so the events of a bonded-warehouse API (Pinduoduo pdd.logistics.co.bw.track)
 * are mapped too: ACCEPT, ALLOCATE, SORT, PACKAGE, PRINT packed; DEPARTURE left the bonded zone; CANCEL outbound
 * cancelled (an exception). Any other code, and 0 (no trace yet), maps to nothing: the trace is ignored.
 */
public final class KdniaoStateMapping {
    private static final Map<String, TrackingStatus> EXACT = Map.ofEntries(
            Map.entry("ACCEPT", TrackingStatus.PACKED),
            Map.entry("ALLOCATE", TrackingStatus.PACKED),
            Map.entry("SORT", TrackingStatus.PACKED),
            Map.entry("PACKAGE", TrackingStatus.PACKED),
            Map.entry("PRINT", TrackingStatus.PACKED),
            Map.entry("DEPARTURE", TrackingStatus.OUTBOUND),
            Map.entry("CANCEL", TrackingStatus.EXCEPTION),
            Map.entry("10", TrackingStatus.PACKED),
            Map.entry("1", TrackingStatus.COLLECTED),
            Map.entry("2", TrackingStatus.IN_TRANSIT),
            Map.entry("201", TrackingStatus.IN_TRANSIT),
            Map.entry("202", TrackingStatus.OUT_FOR_DELIVERY),
            Map.entry("211", TrackingStatus.OUT_FOR_DELIVERY),
            Map.entry("3", TrackingStatus.DELIVERED),
            Map.entry("4", TrackingStatus.EXCEPTION),
            Map.entry("406", TrackingStatus.RETURNED),
            Map.entry("407", TrackingStatus.RETURNED),
            Map.entry("6", TrackingStatus.DECLARED),
            Map.entry("601", TrackingStatus.DECLARED),
            Map.entry("602", TrackingStatus.DECLARED),
            Map.entry("603", TrackingStatus.CLEARED),
            Map.entry("604", TrackingStatus.EXCEPTION));

    private KdniaoStateMapping() {}

    /**
     * @param code a kdniao State or StateEx, or a bonded-warehouse event name (case-insensitive); blank: nothing
     * @return its status: the exact code's, else the family's of a three-digit StateEx (2xx in transit, 3xx
     *         delivered, 4xx exception, 6xx declared); empty for unknown codes
     */
    public static Optional<TrackingStatus> map(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        TrackingStatus exact = EXACT.get(c);
        if (exact != null) return Optional.of(exact);
        if (c.length() == 3 && c.chars().allMatch(Character::isDigit)) {
            return switch (c.charAt(0)) {
                case '2' -> Optional.of(TrackingStatus.IN_TRANSIT);
                case '3' -> Optional.of(TrackingStatus.DELIVERED);
                case '4' -> Optional.of(TrackingStatus.EXCEPTION);
                case '6' -> Optional.of(TrackingStatus.DECLARED);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }
}
