package io.kaola.order.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param orderNo   order number
 * @param status    status
 * @param total     total, CNY fen
 * @param lineCount number of lines
 * @param createdAt placement time
 */
public record OrderSummary(String orderNo, OrderStatus status, Money total, int lineCount, Instant createdAt)
        implements Serializable {}
