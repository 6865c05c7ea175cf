package io.kaola.order.api;

import io.kaola.common.error.KaolaException;

import java.util.List;

/**
 * A shopper's cart (kept in Redis, per buyer, across service restarts). Each change answers the cart as it is now,
 * with current CNY prices, stock flags and the best promotions (docs/promotions.md "Cart"). Checking out the selected
 * lines is {@link OrderService#placeOrder} with {@code fromCart}; the lines go only when the order is placed.
 */
public interface CartService {
    /** @return the buyer's cart (empty when none) */
    CartView cart(long buyerId) throws KaolaException;

    /**
     * Adds units of a SKU (to its line when there is one), selected.
     *
     * @param quantity units to add, 1..99; the line holds at most 99
     * @throws KaolaException ORDER_INVALID_CART (quantity, the 50-line cap), PRODUCT_UNKNOWN_SKU,
     *         PRODUCT_SKU_NOT_ON_SALE
     */
    CartView addLine(long buyerId, String skuCode, int quantity) throws KaolaException;

    /**
     * @param quantity the line's new quantity, 1..99
     * @throws KaolaException ORDER_INVALID_CART, ORDER_CART_LINE_NOT_FOUND
     */
    CartView setQuantity(long buyerId, String skuCode, int quantity) throws KaolaException;

    /** Removes the line; removing a line that is not there is a no-op. */
    CartView removeLine(long buyerId, String skuCode) throws KaolaException;

    /**
     * Selects or deselects lines for checkout.
     *
     * @throws KaolaException ORDER_CART_LINE_NOT_FOUND naming the first SKU not in the cart (nothing changed)
     */
    CartView select(long buyerId, List<String> skuCodes, boolean selected) throws KaolaException;
}
