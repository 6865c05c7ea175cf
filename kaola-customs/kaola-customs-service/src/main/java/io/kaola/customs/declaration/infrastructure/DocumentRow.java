package io.kaola.customs.declaration.infrastructure;

import java.time.Instant;

/** A row of {@code declaration_document} without its messages. */
public record DocumentRow(String orderNo, String document, String guid, int appType, String state, int attempts,
                          Integer lastReturnStatus, String lastReturnInfo, Instant lastReturnTime, Instant builtAt,
                          Instant sentAt) {}
