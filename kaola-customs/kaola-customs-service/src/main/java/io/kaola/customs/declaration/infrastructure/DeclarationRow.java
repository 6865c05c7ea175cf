package io.kaola.customs.declaration.infrastructure;

import java.time.Instant;

/** A row of {@code declaration} without its facts. */
public record DeclarationRow(String orderNo, long buyerId, String status, String exceptionCode, String exceptionDetail,
                             boolean hasOrder, boolean hasPayment, boolean hasWaybill, Instant createdAt,
                             Instant updatedAt) {}
