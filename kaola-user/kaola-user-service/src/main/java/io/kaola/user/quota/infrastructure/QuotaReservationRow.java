package io.kaola.user.quota.infrastructure;

import java.time.Instant;

/** A row of {@code quota_reservation}; status as stored (RESERVED, CONFIRMED, RELEASED); amounts CNY fen. */
public record QuotaReservationRow(String orderNo, String identityKey, long buyerId, int year, long amountFen,
                                  long restoredFen, String status, Instant createdAt, Instant updatedAt) {}
