package io.kaola.order.trade.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderTransition;
import io.kaola.order.trade.infrastructure.InventoryClient;
import io.kaola.order.trade.infrastructure.OrderRepository;
import io.kaola.order.trade.infrastructure.QuotaClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * A buyer cancels an unpaid order: PENDING_PAYMENT → CLOSED (guarded write), then its stock (kaola-inventory)
 * and annual quota (kaola-user, docs/cross-border.md §1) are released. Both releases are idempotent, so a
 * cancel of an order already CLOSED releases again: that is how a cancel whose release failed is retried.
 */
@Service
public class CancelOrder {
    private static final Logger log = LoggerFactory.getLogger(CancelOrder.class);

    private final OrderRepository orders;
    private final InventoryClient inventory;
    private final QuotaClient quotas;

    public CancelOrder(OrderRepository orders, InventoryClient inventory, QuotaClient quotas) {
        this.orders = orders;
        this.inventory = inventory;
        this.quotas = quotas;
    }

    /**
     * @return the order, CLOSED
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's); ORDER_ILLEGAL_TRANSITION when it is PAID;
     *         COMMON_SERVICE_UNAVAILABLE when the order is CLOSED but a release failed (cancel again to retry)
     */
    public Order cancel(long buyerId, String orderNo) {
        Order order = orders.find(buyerId, orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer"));
        if (order.status() != OrderStatus.CLOSED) order = close(order);
        releaseHoldings(order.orderNo());
        return order;
    }

    private Order close(Order order) {
        Order closed = order.close();  // ORDER_ILLEGAL_TRANSITION unless PENDING_PAYMENT
        if (orders.move(order, order.status(), OrderTransition.CLOSE, null, null)) {
            log.info("order {} CLOSED by its buyer", order.orderNo());
            return closed;
        }
        // moved since we read it: a concurrent cancel is fine, a payment is not
        Order now = orders.find(order.buyerId(), order.orderNo()).orElseThrow();
        if (now.status() == OrderStatus.CLOSED) return now;
        throw OrderError.ILLEGAL_TRANSITION.exception("order " + order.orderNo() + " is " + now.status()
                + "; only an unpaid order can be cancelled");
    }

    private void releaseHoldings(String orderNo) {
        List<String> failed = new ArrayList<>();
        try {
            inventory.release(orderNo);
        } catch (RuntimeException e) {
            failed.add("stock");
            log.warn("order {} is CLOSED but its stock was not released ({}); a repeated cancel retries", orderNo,
                    e.toString());
        }
        try {
            quotas.release(orderNo);
        } catch (RuntimeException e) {
            failed.add("annual quota");
            log.warn("order {} is CLOSED but its annual quota was not released ({}); a repeated cancel retries",
                    orderNo, e.toString());
        }
        if (!failed.isEmpty()) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("order " + orderNo + " is cancelled, but its "
                    + String.join(" and ", failed) + " could not be released yet; cancel again to retry");
        }
    }
}
