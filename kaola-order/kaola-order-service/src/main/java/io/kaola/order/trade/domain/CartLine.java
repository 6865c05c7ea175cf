package io.kaola.order.trade.domain;

import java.time.Instant;

/**
 * One line of a shopper's cart as stored.
 *
 * @param skuCode  SKU code
 * @param quantity units, 1..{@value CartRules#MAX_QUANTITY}
 * @param selected true when the next checkout from the cart takes it
 * @param addedAt  when the SKU was first added (the cart lists oldest first)
 */
public record CartLine(String skuCode, int quantity, boolean selected, Instant addedAt) {
    /** @return this line with another quantity */
    public CartLine withQuantity(int units) { return new CartLine(skuCode, units, selected, addedAt); }

    /** @return this line selected or not */
    public CartLine withSelected(boolean on) { return new CartLine(skuCode, quantity, on, addedAt); }
}
