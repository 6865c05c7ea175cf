package io.kaola.customs.declaration.infrastructure;

import java.time.Instant;

/** A row of {@code declaration_receipt}. */
public record ReceiptRow(String orderNo, String document, String guid, int returnStatus, String returnInfo,
                         Instant returnTime, Instant receivedAt, String outcome, boolean publishes, String rawMessage) {}
