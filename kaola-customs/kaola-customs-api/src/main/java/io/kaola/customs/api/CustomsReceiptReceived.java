package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code orderNo:document:returnStatus:returnTime millis}: the single window
 * answered one of our declarations (a CEB312/412/512/622/624 receipt, or a negative single-window code). Published by the
 * single-window adapter (here the customs sandbox, profile sandbox); consumed by kaola-customs (group
 * {@code customs-applies-receipt}). Receipts come late, out of order and twice: the consumer applies each once and
 * never one older (by returnTime) than the last applied.
 *
 * @param orderNo      the order declared
 * @param document     which declaration it answers
 * @param guid         the guid of the declaration message it answers
 * @param returnStatus cross-border.md §4.5 (2, 120, 399, 500, 800, 899, 100 …) or a negative single-window code
 * @param returnInfo   e.g. {@code [Code:1313;Desc:订购人购买超过年度限额]}
 * @param returnTime   when customs produced it (ms precision)
 * @param rawMessage   the receipt message as received (XML)
 */
public record CustomsReceiptReceived(String orderNo, CustomsDocument document, String guid, int returnStatus,
                                     String returnInfo, Instant returnTime, String rawMessage) implements Serializable {
    public static final String TOPIC = "customs-receipt-received";

    /** @return the message key */
    public String key() { return orderNo + ":" + document + ":" + returnStatus + ":" + returnTime.toEpochMilli(); }
}
