package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.ReturnStatus;

import java.time.Instant;

/** One order_return_N row, as MyBatis reads and writes it (V6; columns map by name, snake_case to camelCase). */
public record ReturnRow(String returnId, String orderNo, long buyerId, int returnSeq, ReturnStatus status,
                        String linesJson, String reason, String refusalReason, String customsAnswer, String refundJson,
                        Boolean withinWindows, String logisticsNo, String refundNo, Instant requestedAt,
                        Instant decidedAt, String decidedBy, Instant receivedAt, Instant refundedAt, int version) {}
