package io.kaola.logistics.tracking.infrastructure;

import java.time.Instant;

/** A row of the parcel table. */
public record ParcelRow(String logisticsNo, String orderNo, long buyerId, String status, String progress,
                        Instant statusAt) {}
