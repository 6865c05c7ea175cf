package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.OrderStatus;

import java.time.Instant;

/** The trade_order columns a listing needs. */
public record OrderSummaryRow(String orderNo, OrderStatus status, long totalMinor, String currency, int lineCount,
                              Instant createdAt) {}
