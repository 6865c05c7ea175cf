package io.kaola.order.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;

/** Checkout and order queries. Orders are sharded by buyer id. */
public interface OrderService {

    /**
     * Prices the lines (kaola-pricing), reserves stock (kaola-inventory) and writes the order and its
     * items to the buyer's shard in one local transaction; on any failure nothing is left behind.
     * Idempotent on (buyerId, idempotencyKey).
     * @return the new order, PENDING_PAYMENT
     * Cross-border rules: the buyer must be real-name verified; every product must be on the positive
     * list; the per-transaction limit (pricing's verdict) and the annual quota (reserved in kaola-user,
     * released if anything later fails) are checked here.
     * @throws KaolaException ORDER_INVALID_ORDER, PRODUCT_UNKNOWN_SKU, PRODUCT_SKU_NOT_ON_SALE,
     *         INVENTORY_INSUFFICIENT_STOCK, PRICING_NO_FX_RATE, CROSSBORDER_BUYER_NOT_VERIFIED,
     *         CROSSBORDER_NOT_ON_POSITIVE_LIST, CROSSBORDER_TAX_CATEGORY_BLOCKED,
     *         CROSSBORDER_OVER_TRANSACTION_LIMIT, CROSSBORDER_OVER_ANNUAL_LIMIT
     */
    OrderView placeOrder(PlaceOrderRequest request) throws KaolaException;

    /**
     * Places the order of an admitted flash-sale attempt (kaola-promotion): the same checks and compensations as
     * {@link #placeOrder}, priced at the flash price alone (no activity, no coupon), its stock taken from the sale's
     * hold instead of available stock. Idempotent on the attempt: a repeat returns the first order.
     * @return the new order, PENDING_PAYMENT
     * @throws KaolaException as {@link #placeOrder}, plus INVENTORY_HOLD_EXHAUSTED, INVENTORY_HOLD_CLOSED,
     *         INVENTORY_HOLD_NOT_FOUND; nothing is left held on a refusal
     */
    @CallableBy("kaola-promotion")
    OrderView placeFlashSaleOrder(FlashSaleOrderRequest request) throws KaolaException;

    /**
     * Cancels an unpaid order: first closes its payments at the provider (kaola-payment), and only when nothing is
     * open any more PENDING_PAYMENT → CLOSED, releasing its stock and annual quota. Idempotent (an already CLOSED
     * order is returned as is, after closing its payments and releasing again).
     * @throws KaolaException ORDER_NOT_FOUND; ORDER_ILLEGAL_TRANSITION (already PAID); ORDER_ALREADY_PAID (the
     *         provider has taken the money: the order becomes PAID shortly, nothing was changed);
     *         COMMON_SERVICE_UNAVAILABLE (kaola-payment or a provider unreachable: nothing was changed, or the order
     *         is CLOSED but a release failed; cancel again)
     */
    OrderView cancelOrder(long buyerId, String orderNo) throws KaolaException;

    /**
     * The checkout computation without placing an order ("price trial"): every step of the price with
     * inputs, rates and rule sources, the buyer's annual quota, and whether the cart could be ordered.
     * Writes nothing.
     * @throws KaolaException ORDER_INVALID_ORDER, PRODUCT_UNKNOWN_SKU, PRICING_NO_FX_RATE
     */
    PriceTrial trialPrice(PriceTrialRequest request) throws KaolaException;

    /**
     * @return the buyer's order
     * @throws KaolaException ORDER_NOT_FOUND, also when the order belongs to another buyer
     */
    OrderView getOrder(long buyerId, String orderNo) throws KaolaException;

    /** @return the buyer's orders, newest first */
    Page<OrderSummary> listOrders(long buyerId, PageRequest page);

    /**
     * Ops lookup by order number alone (routed to one table by the number's shard suffix).
     * @throws KaolaException ORDER_NOT_FOUND
     */
    OrderView findByOrderNo(String orderNo) throws KaolaException;

    /**
     * The buyer confirms receipt of a DELIVERED order: DELIVERED → COMPLETED (otherwise done automatically
     * {@code kaola.order.auto-confirm-after} after delivery). Idempotent: a COMPLETED order is returned as is.
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's); ORDER_ILLEGAL_TRANSITION (not delivered yet)
     */
    OrderView confirmReceipt(long buyerId, String orderNo) throws KaolaException;
}
