package io.kaola.order.api;

import java.io.Serializable;
import java.util.List;

/**
 * @param buyerId        the buyer (shard key)
 * @param idempotencyKey client key (header Idempotency-Key), 1..64 chars; a repeat returns the first order
 * @param address        shipping address
 * @param lines          (skuCode, quantity 1..99), at most 20 lines, each SKU once
 * @param couponId       the buyer's coupon to use (kaola-promotion), null for none; locked with the order's stock and
 *                       quota, all or nothing
 */
public record PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines,
                                Long couponId) implements Serializable {
    public PlaceOrderRequest { lines = lines == null ? List.of() : List.copyOf(lines); }

    /** A checkout without a coupon. */
    public PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines) {
        this(buyerId, idempotencyKey, address, lines, null);
    }

    /** @param skuCode SKU code; @param quantity units */
    public record Line(String skuCode, int quantity) implements Serializable {}
}
