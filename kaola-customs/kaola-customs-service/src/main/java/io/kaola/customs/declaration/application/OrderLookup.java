package io.kaola.customs.declaration.application;

import io.kaola.order.api.OrderView;

/** kaola-order as customs needs it (the port; over Dubbo in infrastructure). */
public interface OrderLookup {
    /**
     * A read, retried by the implementation.
     *
     * @throws io.kaola.common.error.KaolaException ORDER_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE when unreachable
     */
    OrderView findByOrderNo(String orderNo);
}
