package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Moves an order along its journey to the door on a message from customs or logistics (or the buyer confirming
 * receipt), as {@link OrderTransition#LIFECYCLE} decides, then announces the status it entered. Idempotent: a
 * message that finds the order already at the target announces again (a first attempt may have failed between
 * the write and the publish; consumers dedupe), one that finds it further on changes nothing, one that finds it
 * not there yet is refused so that RocketMQ redelivers it later (a DELIVER that overtook its SHIP).
 */
@Service
public class AdvanceOrder {
    private static final Logger log = LoggerFactory.getLogger(AdvanceOrder.class);

    private final OrderRepository orders;
    private final OrderEvents events;

    public AdvanceOrder(OrderRepository orders, OrderEvents events) {
        this.orders = orders;
        this.events = events;
    }

    /**
     * @param orderNo    the order
     * @param transition the move the message asks for
     * @param at         when it happened (the receipt's or the carrier's time); null: now is not known here, so
     *                   it must be given
     * @param reason     why, shown with the status (e.g. customs returnInfo), or null
     * @return the order after the move, or as it was when the move stays
     * @throws KaolaException ORDER_NOT_FOUND; ORDER_ILLEGAL_TRANSITION when the order is not there yet (retry
     *         later) or never can be (e.g. a RELEASE of a CLOSED order: left for ops by the dead-letter queue)
     */
    public Order apply(String orderNo, OrderTransition transition, Instant at, String reason) {
        Order order = find(orderNo);
        Step<OrderStatus> step = order.decide(transition);
        if (step.refused()) throw step.exception();
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        if (step.moves()) {
            if (!orders.move(order, step, when, reason, null)) {
                // moved since we read it: decide again on what is there now
                return apply(orderNo, transition, at, reason);
            }
            Order moved = order.after(step, when, reason);
            log.info("order {} {} -> {} ({})", orderNo, step.from(), step.to(), transition);
            events.statusChanged(moved, step.from(), when, reason);
            return moved;
        }
        if (order.status() == transition.target()) {
            // a repeat: announce again, in case the first attempt failed after its write
            events.statusChanged(order, previousOf(order), order.enteredAt().getOrDefault(order.status(), when),
                    order.statusReason());
        }
        return order;
    }

    /** @return the status entered just before the current one, by the recorded times */
    static OrderStatus previousOf(Order order) {
        var history = order.history();
        for (int i = history.size() - 1; i > 0; i--) {
            if (history.get(i).status() == order.status()) return history.get(i - 1).status();
        }
        return null;
    }

    private Order find(String orderNo) {
        Optional<Order> found = orders.findByOrderNo(orderNo);
        return found.orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo));
    }
}
