package io.kaola.order.trade.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;

/**
 * What a cart change must satisfy: quantities as for an order line (1..99), a SKU code as for an order, and at most
 * {@value #MAX_LINES} lines, so a cart never grows without bound in Redis.
 */
public final class CartRules {
    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = PlaceOrderRules.MAX_QUANTITY;

    private CartRules() {}

    /** @throws KaolaException ORDER_INVALID_CART naming the SKU code's problem */
    public static void checkSku(String skuCode) {
        if (skuCode == null || skuCode.isBlank() || skuCode.length() > PlaceOrderRules.MAX_SKU_CODE) {
            throw OrderError.INVALID_CART.exception("skuCode must be 1.." + PlaceOrderRules.MAX_SKU_CODE + " characters");
        }
    }

    /** @throws KaolaException ORDER_INVALID_CART unless 1 <= quantity <= 99 */
    public static void checkQuantity(String what, long quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw OrderError.INVALID_CART.exception(what + " must be 1.." + MAX_QUANTITY + ", not " + quantity);
        }
    }

    /** @return ORDER_INVALID_CART: the cart already holds {@value #MAX_LINES} lines */
    public static KaolaException cartFull() {
        return OrderError.INVALID_CART.exception("a cart holds at most " + MAX_LINES + " lines; remove one first");
    }

    /**
     * @param existing the line of that SKU, null when none
     * @param adding   units to add, 1..99
     * @param lines    lines in the cart now
     * @return the line's new quantity
     * @throws KaolaException ORDER_INVALID_CART when the line would pass 99 units or the cart 50 lines
     */
    public static int afterAdding(CartLine existing, int adding, int lines) {
        checkQuantity("quantity", adding);
        if (existing == null && lines >= MAX_LINES) throw cartFull();
        int total = (existing == null ? 0 : existing.quantity()) + adding;
        checkQuantity("the line's quantity after adding", total);
        return total;
    }
}
