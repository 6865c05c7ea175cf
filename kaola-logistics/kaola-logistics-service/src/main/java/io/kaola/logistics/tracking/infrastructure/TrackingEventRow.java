package io.kaola.logistics.tracking.infrastructure;

import java.time.Instant;

/** A row of the tracking_event table. */
public record TrackingEventRow(String logisticsNo, String orderNo, String source, String code, Instant eventTime,
                               String status, String place, String description, boolean reached, String pushId) {}
