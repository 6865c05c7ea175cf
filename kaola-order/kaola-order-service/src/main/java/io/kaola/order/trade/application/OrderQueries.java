package io.kaola.order.trade.application;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import org.springframework.stereotype.Service;

/** Reads of orders for buyers and ops. */
@Service
public class OrderQueries {
    private final OrderRepository orders;

    public OrderQueries(OrderRepository orders) { this.orders = orders; }

    /** @throws io.kaola.common.error.KaolaException ORDER_NOT_FOUND, also for another buyer's order */
    public Order get(long buyerId, String orderNo) {
        return orders.find(buyerId, orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer"));
    }

    /** @return the buyer's orders, newest first */
    public Page<OrderSummary> list(long buyerId, PageRequest page) { return orders.list(buyerId, page); }

    /** @throws io.kaola.common.error.KaolaException ORDER_NOT_FOUND */
    public Order findByOrderNo(String orderNo) {
        return orders.findByOrderNo(orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo));
    }
}
