package io.kaola.order.api;

import io.kaola.pricing.api.PriceQuote;

import java.io.Serializable;
import java.time.Instant;

/**
 * An order as the buyer and ops see it, with the price breakdown it was sold at
 * (lines, FX rates with their dates, goods, discount, shipping, tax, total).
 *
 * @param orderNo   order number; its last 4 digits are buyerId % 10000 (the shard)
 * @param buyerId   buyer
 * @param status    current status
 * @param price     breakdown frozen at placement
 * @param address   shipping address
 * @param createdAt placement time
 * @param paidAt    payment time, null until PAID
 * @param buyer     the verified buyer (订购人), null on orders placed before real-name checks
 */
public record OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                        Instant createdAt, Instant paidAt, BuyerView buyer) implements Serializable {
    /** An order without a recorded buyer identity. */
    public OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                     Instant createdAt, Instant paidAt) {
        this(orderNo, buyerId, status, price, address, createdAt, paidAt, null);
    }
}
