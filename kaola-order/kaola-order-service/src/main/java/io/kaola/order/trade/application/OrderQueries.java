package io.kaola.order.trade.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderRefund;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reads of orders for buyers and ops. */
@Service
public class OrderQueries {
    private static final Logger log = LoggerFactory.getLogger(OrderQueries.class);

    private final OrderRepository orders;
    private final PaymentClient payments;

    public OrderQueries(OrderRepository orders, PaymentClient payments) {
        this.orders = orders;
        this.payments = payments;
    }

    /**
     * The money given back for the order, as kaola-payment records it (its refunds are kept there, by order number).
     * An unpaid order has none, so kaola-payment is not asked.
     *
     * @return the refunds, oldest first; null when kaola-payment cannot be asked just now (the order is shown without
     *         them rather than not at all)
     */
    public List<OrderRefund> refundsOf(Order order) {
        if (order.status() == OrderStatus.PENDING_PAYMENT) return List.of();
        try {
            return payments.refundsOf(order.orderNo()).stream()
                    .map(r -> new OrderRefund(r.refundNo(), r.amount(), r.status().name(), r.reason(),
                            r.lines().stream().map(l -> new OrderRefund.Line(l.skuCode(), l.quantity())).toList(),
                            r.requestedAt(), r.decidedAt()))
                    .toList();
        } catch (KaolaException e) {
            if (!e.is(CommonError.SERVICE_UNAVAILABLE)) throw e;
            log.warn("order {} shown without its refunds: {}", order.orderNo(), e.getMessage());
            return null;
        }
    }

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
