package io.kaola.order.trade.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.customs.api.CustomsError;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderTransition;
import io.kaola.payment.api.ClosePaymentsResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer cancels an unpaid order, and no money may be taken for it afterwards (docs/payments.md "Cancel"):
 * <ol>
 *   <li>kaola-payment closes the order's open payments at the provider. If the provider has already taken the money,
 *       the cancel is refused (ORDER_ALREADY_PAID) and nothing changes: the order goes on to PAID through the
 *       normal notification and payment-succeeded message.</li>
 *   <li>Only when nothing is open: PENDING_PAYMENT → CLOSED (guarded write).</li>
 *   <li>The payments are closed again. This closes the window in which a payment is opened between step 1 and
 *       step 2: kaola-payment's createPayment writes its payment, opens it, then reads the order again and closes the
 *       payment itself if the order is no longer PENDING_PAYMENT; this class closes the order, then looks at the
 *       payments again. Each side writes before it reads the other, so one of them always sees the other and no
 *       payment stays open for a CLOSED order. (Refusing createPayment atomically is not possible: the order and the
 *       payments live in different databases.) Money that still arrives is recorded as a refund due by
 *       {@link MarkOrderPaid}.</li>
 *   <li>Its stock (kaola-inventory), annual quota (kaola-user, docs/cross-border.md §1) and coupon (kaola-promotion,
 *       back to UNUSED, or EXPIRED if it lapsed meanwhile) are released.</li>
 * </ol>
 * Every step is idempotent, so a cancel of an order already CLOSED repeats steps 3 and 4: that is how a cancel whose
 * last steps failed is retried. The unpaid timeout ({@link #closeUnpaid}) takes the same steps with TIME_OUT; both
 * announce CLOSED on order-status-changed.
 */
@Service
public class CancelOrder {
    private static final Logger log = LoggerFactory.getLogger(CancelOrder.class);

    private final OrderRepository orders;
    private final PaymentClient payments;
    private final InventoryClient inventory;
    private final QuotaClient quotas;
    private final OrderEvents events;
    private final Clock clock;
    private final PromotionClient promotions;
    private final CustomsClient customs;
    private final AdvanceOrder advance;

    public CancelOrder(OrderRepository orders, PaymentClient payments, InventoryClient inventory, QuotaClient quotas,
                       OrderEvents events, Clock clock, PromotionClient promotions, CustomsClient customs,
                       AdvanceOrder advance) {
        this.promotions = promotions;
        this.customs = customs;
        this.advance = advance;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.quotas = quotas;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param buyerId the buyer
     * @param orderNo the buyer's order
     * An unpaid order is closed as the class comment says; a paid one not yet released by customs is cancelled and
     * refunded ({@link #cancelPaid}).
     *
     * @return the order, CLOSED, or REFUNDING for a paid one
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's); ORDER_ALREADY_RELEASED when customs has released
     *         it (or it has shipped); ORDER_ALREADY_PAID when the provider has taken the money (nothing changed); COMMON_SERVICE_UNAVAILABLE
     *         when kaola-payment cannot close the payments (nothing changed), or when the order is CLOSED but a later
     *         step failed (cancel again to retry)
     */
    public Order cancel(long buyerId, String orderNo) {
        Order order = orders.find(buyerId, orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer"));
        if (order.status() == OrderStatus.PENDING_PAYMENT || order.status() == OrderStatus.CLOSED) {
            return closeWith(order, OrderTransition.CLOSE, "cancelled by the buyer");
        }
        return cancelPaid(order, "cancelled by the buyer before customs release");
    }

    /**
     * A paid order not yet released by customs (issue 12 §2): kaola-customs cancels its declaration (at once, or
     * with a CEB623 whose receipt follows), then PAID or DECLARING → REFUNDING. The refund, the restock and the
     * quota and coupon releases follow customs' CANCELLED ({@link OrderJourney#onCustoms}, {@link RefundOrder}), never
     * before: until customs confirms, it may still release the goods (then the order goes on to CLEARED and ships).
     * A repeat on a REFUNDING order asks customs again (idempotent there; it re-announces CANCELLED), which is how a
     * lost answer is retried; a CUSTOMS_REJECTED or REFUNDED order is returned as it is.
     *
     * @throws KaolaException ORDER_ALREADY_RELEASED (released or further: nothing changed; a return is the way);
     *         COMMON_SERVICE_UNAVAILABLE when kaola-customs cannot be reached (nothing changed)
     */
    private Order cancelPaid(Order order, String reason) {
        Step<OrderStatus> step = order.decide(OrderTransition.CANCEL_PAID);
        if (step.refused()) {
            if (order.status() == OrderStatus.CLEARED || order.status() == OrderStatus.SHIPPED
                    || order.status() == OrderStatus.DELIVERED || order.status() == OrderStatus.COMPLETED) {
                throw alreadyReleased(order.orderNo(), order.status().name());
            }
            throw step.exception();
        }
        if (step.stays() && order.status() != OrderStatus.REFUNDING) return order;   // rejected or refunded already
        try {
            customs.cancel(order.orderNo(), reason);
        } catch (KaolaException e) {
            if (e.is(CustomsError.ALREADY_RELEASED)) throw alreadyReleased(order.orderNo(), "released by customs");
            throw e;
        }
        return advance.apply(order.orderNo(), OrderTransition.CANCEL_PAID, clock.instant(), reason);
    }

    private static KaolaException alreadyReleased(String orderNo, String where) {
        return OrderError.ALREADY_RELEASED.exception("order " + orderNo + " is already " + where.toLowerCase()
                + ": the goods have left or are leaving the bonded warehouse, so it can no longer be cancelled;"
                + " after delivery it can be returned");
    }

    /**
     * The unpaid timeout (fulfilment.md §3): the same steps as a cancel, with TIME_OUT. An order that is no longer
     * PENDING_PAYMENT (paid meanwhile) is left as it is; so is one whose payment the provider has already taken: its
     * notification makes it PAID.
     *
     * @param orderNo the order
     * @param reason  why, for the shopper, e.g. "unpaid 30 minutes after it was placed"
     * @return the order as it is now
     * @throws KaolaException ORDER_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE as for {@link #cancel} (retry)
     */
    public Order closeUnpaid(String orderNo, String reason) {
        Order order = orders.findByOrderNo(orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo));
        if (order.decide(OrderTransition.TIME_OUT).refused()) return order;  // paid (or further) meanwhile
        try {
            return closeWith(order, OrderTransition.TIME_OUT, reason);
        } catch (KaolaException e) {
            if (!e.is(OrderError.ALREADY_PAID)) throw e;
            return orders.findByOrderNo(orderNo).orElseThrow();
        }
    }

    private Order closeWith(Order order, OrderTransition transition, String reason) {
        Step<OrderStatus> closing = order.decide(transition);
        if (closing.refused()) throw closing.exception();  // ORDER_ILLEGAL_TRANSITION: paid meanwhile (cancelPaid's case)
        if (closing.moves()) {
            ClosePaymentsResult closed = payments.closePaymentsOf(order.orderNo());
            if (!closed.nothingOpen()) throw alreadyPaid(order.orderNo(), closed.paidPaymentNo());
            order = close(order, closing, reason);
        }
        // moved or already CLOSED (a repeated cancel): steps 3 and 4, then the announcement (again on a repeat)
        finishClosing(order.orderNo());
        events.statusChanged(order, OrderStatus.PENDING_PAYMENT,
                order.enteredAt().getOrDefault(OrderStatus.CLOSED, clock.instant()), order.statusReason());
        return order;
    }

    /** Step 2: the guarded write of the move decided in {@link #closeWith}. */
    private Order close(Order order, Step<OrderStatus> closing, String reason) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (orders.move(order, closing, at, reason, null)) {
            log.info("order {} CLOSED: {}", order.orderNo(), reason);
            return order.after(closing, at, reason);
        }
        // moved since we read it: a concurrent cancel is fine, a payment is not
        Order now = orders.findByOrderNo(order.orderNo()).orElseThrow();
        if (now.status() == OrderStatus.CLOSED) return now;
        throw alreadyPaid(order.orderNo(), now.paymentNo());
    }

    private static KaolaException alreadyPaid(String orderNo, String paymentNo) {
        log.info("cancel of order {} refused: payment {} is already paid at the provider", orderNo, paymentNo);
        return OrderError.ALREADY_PAID.exception("order " + orderNo + " is already paid (payment " + paymentNo
                + "); it will show PAID shortly and cannot be cancelled");
    }

    /** Steps 3 and 4 of the class comment; each failure is reported after the others were tried. */
    private void finishClosing(String orderNo) {
        List<String> failed = new ArrayList<>();
        try {
            ClosePaymentsResult again = payments.closePaymentsOf(orderNo);
            if (!again.nothingOpen()) {
                log.warn("order {} is CLOSED but payment {} was paid meanwhile: its money will be recorded as a refund"
                        + " due when its payment-succeeded message arrives", orderNo, again.paidPaymentNo());
            }
        } catch (RuntimeException e) {
            failed.add("payment");
            log.warn("order {} is CLOSED but its payments could not be checked again ({}); a repeated cancel retries",
                    orderNo, e.toString());
        }
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
        try {
            promotions.releaseCoupon(orderNo, clock.instant());
        } catch (RuntimeException e) {
            failed.add("coupon");
            log.warn("order {} is CLOSED but its coupon was not released ({}); a repeated cancel retries", orderNo,
                    e.toString());
        }
        if (!failed.isEmpty()) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("order " + orderNo + " is cancelled, but its "
                    + String.join(" and ", failed) + " could not be settled yet; cancel again to retry");
        }
    }
}
