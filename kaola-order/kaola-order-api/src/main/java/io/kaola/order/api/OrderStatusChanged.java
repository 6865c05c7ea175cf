package io.kaola.order.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = {@code orderNo + ":" + status}: an order entered a status. Published after
 * the guarded status write, again when a redelivered cause finds the order already there (at least once: consumers
 * dedupe on the key). Consumers: kaola-logistics requests the waybill and kaola-customs declares the order on PAID;
 * kaola-user notifies the shopper of every change.
 *
 * @param orderNo  the order
 * @param buyerId  its buyer
 * @param status   the status entered
 * @param previous the status it left
 * @param at       when it entered it
 * @param reason   why, for the shopper and ops (e.g. "unpaid for 30 minutes", a customs returnInfo); may be null
 */
public record OrderStatusChanged(String orderNo, long buyerId, OrderStatus status, OrderStatus previous, Instant at,
                                 String reason) implements Serializable {
    public static final String TOPIC = "order-status-changed";

    /** @return the message key: {@code orderNo:status} */
    public String key() { return orderNo + ":" + status; }
}
