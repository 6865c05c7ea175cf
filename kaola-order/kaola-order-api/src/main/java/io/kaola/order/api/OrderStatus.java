package io.kaola.order.api;

/** Order states. Transitions: OrderTransition in kaola-order-service; diagram in docs/architecture.md. */
public enum OrderStatus { PENDING_PAYMENT, PAID, CLOSED }
