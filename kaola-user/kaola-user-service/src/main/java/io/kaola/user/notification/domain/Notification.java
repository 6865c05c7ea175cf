package io.kaola.user.notification.domain;

import io.kaola.order.api.OrderStatus;

import java.time.Instant;

/**
 * One notification of one shopper about one order entering one status; (orderNo, orderStatus) is unique.
 *
 * @param id          row id (0 before it is stored)
 * @param userId      the shopper (the order's buyer)
 * @param orderNo     the order
 * @param orderStatus the status entered
 * @param title       short text
 * @param text        the full message
 * @param delivery    PENDING or SENT
 * @param attempts    sends tried so far
 * @param changedAt   when the order entered the status
 * @param sentAt      when the provider accepted it, null while PENDING
 */
public record Notification(long id, long userId, String orderNo, OrderStatus orderStatus, String title, String text,
                           DeliveryStatus delivery, int attempts, Instant changedAt, Instant sentAt) {

    /** @return the provider's idempotency key, the same as the event's key: {@code orderNo:status} */
    public String key() { return orderNo + ":" + orderStatus; }
}
