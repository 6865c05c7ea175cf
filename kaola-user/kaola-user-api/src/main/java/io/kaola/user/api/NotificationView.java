package io.kaola.user.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One notification to a shopper about one status change of one order.
 *
 * @param id          the notification
 * @param orderNo     the order
 * @param orderStatus the status the order entered, e.g. "SHIPPED" (io.kaola.order.api.OrderStatus)
 * @param title       short text, e.g. "订单已发货 Your order has shipped"
 * @param text        the message as sent, Chinese then English
 * @param delivery    PENDING (not yet accepted by the provider; retried) or SENT
 * @param changedAt   when the order entered the status
 * @param sentAt      when the provider accepted it, null while PENDING
 */
public record NotificationView(long id, String orderNo, String orderStatus, String title, String text, String delivery,
                               Instant changedAt, Instant sentAt) implements Serializable {
}
