package io.kaola.order.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;

/** Checkout and order queries. Orders are sharded by buyer id. */
public interface OrderService {

    /**
     * Prices the lines (kaola-pricing), reserves stock (kaola-inventory) and writes the order and its
     * items to the buyer's shard in one local transaction; on any failure nothing is left behind.
     * Idempotent on (buyerId, idempotencyKey).
     * @return the new order, PENDING_PAYMENT
     * @throws KaolaException ORDER_INVALID_ORDER, PRODUCT_UNKNOWN_SKU, PRODUCT_SKU_NOT_ON_SALE,
     *         INVENTORY_INSUFFICIENT_STOCK, PRICING_NO_FX_RATE
     */
    OrderView placeOrder(PlaceOrderRequest request) throws KaolaException;

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
}
