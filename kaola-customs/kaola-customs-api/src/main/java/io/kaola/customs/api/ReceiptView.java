package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One receipt as received, whether it changed anything or not.
 *
 * @param guid         the declaration message it answers
 * @param returnStatus cross-border.md §4.5, or a negative single-window code
 * @param returnInfo   as customs wrote it
 * @param returnTime   customs' time
 * @param receivedAt   when we received it
 * @param outcome      APPLIED, OLDER (older than the last applied: ignored), STALE_GUID (answers a superseded message)
 * @param rawMessage   the receipt XML, identity numbers masked
 */
public record ReceiptView(String guid, int returnStatus, String returnInfo, Instant returnTime, Instant receivedAt,
                          String outcome, String rawMessage) implements Serializable {}
