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
 * @param fromCart       true: the lines are the buyer's selected cart lines ({@code lines} must be empty), removed
 *                       from the cart once the order is placed; a repeat of the key returns the first order
 * @param addressId      an entry of the buyer's address book (kaola-user) instead of {@code address}, null for none
 */
public record PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines,
                                Long couponId, boolean fromCart, Long addressId) implements Serializable {
    public PlaceOrderRequest { lines = lines == null ? List.of() : List.copyOf(lines); }

    /** A checkout with an inline address. */
    public PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines,
                             Long couponId, boolean fromCart) {
        this(buyerId, idempotencyKey, address, lines, couponId, fromCart, null);
    }

    /** A checkout of the given lines. */
    public PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines,
                             Long couponId) {
        this(buyerId, idempotencyKey, address, lines, couponId, false, null);
    }

    /** @return this request with these lines instead (a cart checkout once its lines are read) */
    public PlaceOrderRequest withLines(List<Line> cartLines) {
        return new PlaceOrderRequest(buyerId, idempotencyKey, address, cartLines, couponId, fromCart, addressId);
    }

    /** @return this request shipping to this address (an address-book entry once it is read) */
    public PlaceOrderRequest withAddress(ShippingAddress to) {
        return new PlaceOrderRequest(buyerId, idempotencyKey, to, lines, couponId, fromCart, null);
    }

    /** A checkout without a coupon. */
    public PlaceOrderRequest(long buyerId, String idempotencyKey, ShippingAddress address, List<Line> lines) {
        this(buyerId, idempotencyKey, address, lines, null);
    }

    /** @param skuCode SKU code; @param quantity units */
    public record Line(String skuCode, int quantity) implements Serializable {}
}
