package io.kaola.logistics.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One tracking event as the shopper sees it.
 *
 * @param status      the event in the one vocabulary
 * @param at          when it happened (the carrier's or the customs receipt's time)
 * @param place       where (a station, the bonded warehouse, "customs"); may be null
 * @param description the carrier's or customs' text, e.g. "快递员已揽收" or "[Code:2600;Desc:放行]"
 * @param source      CUSTOMS or CARRIER
 * @param code        the source's own code (kdniao state code, bonded-warehouse event, CUSTOMS-RELEASED, ...)
 */
public record TrackingEventView(TrackingStatus status, Instant at, String place, String description, String source,
                                String code) implements Serializable {}
