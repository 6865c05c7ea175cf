package io.kaola.customs.declaration.infrastructure;

import java.time.Instant;

/** A row of {@code return_declaration} (without the message columns). */
public record ReturnRow(String returnId, String orderNo, String status, String linesJson, String reason, String guid,
                        String state, Integer returnStatus, String returnInfo, Instant returnTime, Instant createdAt,
                        Instant sentAt, Instant decidedAt) {}
