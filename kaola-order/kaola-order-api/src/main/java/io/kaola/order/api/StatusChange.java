package io.kaola.order.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of an order's history.
 *
 * @param status the status entered
 * @param at     when
 */
public record StatusChange(OrderStatus status, Instant at) implements Serializable {}
