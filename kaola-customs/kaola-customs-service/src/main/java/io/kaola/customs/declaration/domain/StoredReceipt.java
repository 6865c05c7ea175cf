package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.time.Instant;

/**
 * A receipt as recorded.
 *
 * @param orderNo      the order
 * @param document     the document it answers
 * @param guid         the message it answers
 * @param returnStatus its status
 * @param returnInfo   its info
 * @param returnTime   customs' time
 * @param receivedAt   when we received it
 * @param outcome      what applying it did
 * @param publishes    true when it was applied and its milestones are published (again on a redelivery)
 * @param rawMessage   the receipt XML as received
 */
public record StoredReceipt(String orderNo, CustomsDocument document, String guid, int returnStatus,
                            String returnInfo, Instant returnTime, Instant receivedAt, ReceiptOutcome outcome,
                            boolean publishes, String rawMessage) {}
