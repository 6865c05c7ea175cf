package io.kaola.logistics.waybill.application;

import io.kaola.order.api.OrderView;

/** The order a waybill is for (kaola-order's OrderService.findByOrderNo). */
public interface OrderLookup {
    /**
     * @throws io.kaola.common.error.KaolaException ORDER_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE when kaola-order is
     *         unreachable
     */
    OrderView findByOrderNo(String orderNo);
}
