package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderView;

/** kaola-order, as a payment sees it: the order a payment is for (the port; over Dubbo in infrastructure). */
public interface OrderLookup {

    /**
     * A read, so retried by the implementation.
     *
     * @return the buyer's order
     * @throws KaolaException ORDER_NOT_FOUND (passed through from kaola-order), COMMON_SERVICE_UNAVAILABLE when
     *         kaola-order cannot be reached
     */
    OrderView getOrder(long buyerId, String orderNo);

    /**
     * The order by its number alone (kaola-order's ops lookup), for reconciliation. A read, so retried.
     *
     * @return the order
     * @throws KaolaException ORDER_NOT_FOUND, COMMON_SERVICE_UNAVAILABLE when kaola-order cannot be reached
     */
    OrderView findByOrderNo(String orderNo);
}
