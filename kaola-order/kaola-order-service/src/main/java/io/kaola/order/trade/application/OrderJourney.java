package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.api.TrackingStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.config.OrderProperties;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderReturn;
import io.kaola.order.trade.domain.OrderTimer;
import io.kaola.order.trade.domain.OrderTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which message moves an order how after PAID (docs/architecture.md#order-lifecycle), in one place:
 * <ul>
 *   <li>customs-status-changed: DECLARED → DECLARE, RELEASED → RELEASE, REJECTED for quota or identity → REJECT
 *       and the full refund ({@link RefundOrder#settle}; a data rejection is fixed and re-sent by ops in kaola-customs:
 *       the order stays DECLARING), CANCELLED (a paid order's cancellation confirmed) → CANCEL_PAID and the full
 *       refund, CANCEL_REFUSED → logged (the order stays REFUNDING until customs releases it), RETURN_ACCEPTED /
 *       RETURN_REFUSED → the return's customs answer ({@link ManageReturns});</li>
 *   <li>parcel-status-changed: OUTBOUND or COLLECTED → SHIP, DELIVERED → DELIVER (and the auto-confirm timer); a
 *       return parcel (with a return id) RETURNED → the return RECEIVED ({@link ManageReturns#onParcelReturned});</li>
 *   <li>order-timer-due: PAYMENT_TIMEOUT → the unpaid order is closed ({@link CancelOrder#closeUnpaid}),
 *       AUTO_CONFIRM → CONFIRM_RECEIPT; a timer that arrives early is scheduled again;</li>
 *   <li>the buyer's confirmation of receipt → CONFIRM_RECEIPT.</li>
 * </ul>
 */
@Service
public class OrderJourney {
    private static final Logger log = LoggerFactory.getLogger(OrderJourney.class);

    private final AdvanceOrder advance;
    private final CancelOrder cancel;
    private final RefundOrder refunds;
    private final ManageReturns returns;
    private final OrderRepository orders;
    private final OrderTimers timers;
    private final OrderProperties properties;
    private final Clock clock;

    public OrderJourney(AdvanceOrder advance, CancelOrder cancel, RefundOrder refunds, ManageReturns returns,
                        OrderRepository orders, OrderTimers timers, OrderProperties properties, Clock clock) {
        this.advance = advance;
        this.refunds = refunds;
        this.returns = returns;
        this.cancel = cancel;
        this.orders = orders;
        this.timers = timers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws KaolaException ORDER_ILLEGAL_TRANSITION when the order is not there yet (the message is retried);
     *         COMMON_SERVICE_UNAVAILABLE when a refund step could not be settled yet (retried, idempotent)
     */
    public void onCustoms(CustomsStatusChanged event) {
        Instant at = event.at() != null ? event.at() : clock.instant();
        switch (event.milestone()) {
            case DECLARED -> advance.apply(event.orderNo(), OrderTransition.DECLARE, at, null);
            case RELEASED -> advance.apply(event.orderNo(), OrderTransition.RELEASE, at, event.returnInfo());
            case REJECTED -> {
                if (event.kind() != null && event.kind().cancelsOrder()) {
                    Order order = advance.apply(event.orderNo(), OrderTransition.REJECT, at,
                            "customs rejected it (" + event.kind() + "): " + event.returnInfo());
                    refunds.settle(order, "rejected by customs (" + event.kind() + ")");
                } else {
                    log.info("order {}: customs data rejection {} {}; kaola-customs lists it for ops to fix and"
                            + " re-send", event.orderNo(), event.returnStatus(), event.returnInfo());
                }
            }
            case CANCELLED -> {
                // customs confirmed the cancellation the buyer (or ops) asked for: nothing will ship, money goes back
                Order order = advance.apply(event.orderNo(), OrderTransition.CANCEL_PAID, at,
                        "cancelled before customs release");
                refunds.settle(order, "cancelled before customs release");
            }
            case RETURN_ACCEPTED -> returns.onCustomsAnswer(event.returnId(), OrderReturn.CustomsAnswer.ACCEPTED);
            case RETURN_REFUSED -> returns.onCustomsAnswer(event.returnId(), OrderReturn.CustomsAnswer.REFUSED);
            case CANCEL_REFUSED -> log.warn("order {}: customs refused to cancel its declaration ({} {}); it stays {}"
                    + " until customs releases it (then it ships) — if it does not, ops decide (GET"
                    + " /api/admin/declarations/{})", event.orderNo(), event.returnStatus(), event.returnInfo(),
                    OrderStatus.REFUNDING, event.orderNo());
        }
    }

    /**
     * @throws KaolaException ORDER_ILLEGAL_TRANSITION when the order is not there yet (the message is retried)
     */
    public void onParcel(ParcelStatusChanged event) {
        Instant at = event.at() != null ? event.at() : clock.instant();
        if (event.returnId() != null) {   // a return parcel: only its arrival back in the warehouse matters
            if (event.status() == TrackingStatus.RETURNED) {
                returns.onParcelReturned(event.returnId(), event.logisticsNo(), at);
            }
            return;
        }
        switch (event.status()) {
            case OUTBOUND, COLLECTED -> advance.apply(event.orderNo(), OrderTransition.SHIP, at,
                    "waybill " + event.logisticsNo());
            case DELIVERED -> {
                Order order = advance.apply(event.orderNo(), OrderTransition.DELIVER, at, null);
                if (order.status() == OrderStatus.DELIVERED) {
                    Instant deliveredAt = order.enteredAt().getOrDefault(OrderStatus.DELIVERED, at);
                    timers.schedule(new OrderTimer(OrderTimer.Kind.AUTO_CONFIRM, order.orderNo(), order.buyerId(),
                            deliveredAt.plus(properties.autoConfirmAfter())));
                }
            }
            default -> { }  // the other tracking events do not move the order
        }
    }

    /**
     * Acts on a timer that is due, or schedules it again when it arrived early.
     *
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when closing needs a service that is down (retried)
     */
    public void onTimer(OrderTimer timer) {
        Instant now = clock.instant();
        if (!timer.isDue(now)) {
            timers.schedule(timer);
            return;
        }
        switch (timer.kind()) {
            case PAYMENT_TIMEOUT -> cancel.closeUnpaid(timer.orderNo(),
                    "unpaid " + human(properties.unpaidTimeout()) + " after it was placed");
            case AUTO_CONFIRM -> {
                try {
                    advance.apply(timer.orderNo(), OrderTransition.CONFIRM_RECEIPT, now,
                            "confirmed automatically " + human(properties.autoConfirmAfter()) + " after delivery");
                } catch (KaolaException e) {
                    if (!e.is(OrderError.ILLEGAL_TRANSITION)) throw e;
                    log.warn("auto-confirm of order {} skipped: {}", timer.orderNo(), e.getMessage());
                }
            }
        }
    }

    /**
     * The buyer confirms receipt of a DELIVERED order (idempotent).
     *
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's), ORDER_ILLEGAL_TRANSITION (not delivered yet)
     */
    public Order confirmReceipt(long buyerId, String orderNo) {
        Optional<Order> order = orders.find(buyerId, orderNo);
        if (order.isEmpty()) throw OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer");
        return advance.apply(orderNo, OrderTransition.CONFIRM_RECEIPT, clock.instant(), "confirmed by the buyer");
    }

    /**
     * Sweeps every shard for unpaid orders past their timeout (a timer message lost when the order was placed):
     * closes them as the timer would.
     *
     * @return how many were found
     */
    public int sweepUnpaid(int limit) {
        Instant cutoff = clock.instant().minus(properties.unpaidTimeout());
        var unpaid = orders.findUnpaidPlacedBefore(cutoff, limit);
        for (Order order : unpaid) {
            try {
                onTimer(new OrderTimer(OrderTimer.Kind.PAYMENT_TIMEOUT, order.orderNo(), order.buyerId(),
                        order.createdAt().plus(properties.unpaidTimeout())));
            } catch (RuntimeException e) {
                log.warn("sweep: order {} not closed yet ({}); the next sweep retries", order.orderNo(), e.toString());
            }
        }
        return unpaid.size();
    }

    /** @return e.g. "30 minutes", "20 seconds", "7 days" */
    static String human(Duration d) {
        if (d.toDays() > 0 && d.toHours() % 24 == 0) return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        if (d.toHours() > 0 && d.toMinutes() % 60 == 0) return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        if (d.toMinutes() > 0 && d.toSeconds() % 60 == 0) return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        return d.toSeconds() + " seconds";
    }
}
