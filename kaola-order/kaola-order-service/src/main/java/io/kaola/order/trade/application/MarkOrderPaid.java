package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderTransition;
import io.kaola.order.trade.domain.PaymentVerdict;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.user.api.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Applies a confirmed payment: PENDING_PAYMENT → PAID (guarded write), then has kaola-inventory
 * deduct the reservation, kaola-user confirm the annual quota reservation (docs/cross-border.md §1) and
 * kaola-promotion mark the order's coupon USED (docs/promotions.md).
 * Idempotent: the same payment again finds the order PAID by it and only repeats the (idempotent)
 * deduction, confirmation and coupon use, which also finishes a first attempt where one of them failed.
 * Refusals that retrying cannot fix are treated as handled, for ops to settle: a payment for a CLOSED order or a
 * second payment of a paid order is recorded in kaola-payment as a refund due (ORDER_CLOSED, ORDER_PAID_TWICE; ops
 * list them, automatic refunds come with the refunds work); amount ≠ total and no quota reservation to confirm are
 * logged (ERROR). Orders placed before real-name checks have no reservation.
 */
@Service
public class MarkOrderPaid {
    private static final Logger log = LoggerFactory.getLogger(MarkOrderPaid.class);

    private final OrderRepository orders;
    private final InventoryClient inventory;
    private final QuotaClient quotas;
    private final PaymentClient payments;
    private final OrderEvents events;
    private final Clock clock;
    private final PromotionClient promotions;

    public MarkOrderPaid(OrderRepository orders, InventoryClient inventory, QuotaClient quotas, PaymentClient payments,
                         OrderEvents events, Clock clock, PromotionClient promotions) {
        this.promotions = promotions;
        this.orders = orders;
        this.inventory = inventory;
        this.quotas = quotas;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param orderNo   the order paid
     * @param buyerId   its buyer, as the payment recorded it
     * @param paymentNo the payment
     * @param amount    amount taken, CNY fen
     * @param paidAt    when the provider took it (null: now)
     * @param payTransactionId the provider's transaction id (declared to customs with the order), may be null
     * @return what was done; MARK_PAID and DUPLICATE end with the stock deducted, the quota confirmed and PAID
     *         announced (order-status-changed: waybill and declarations start from it);
     *         REFUND_CLOSED_ORDER and PAID_TWICE with the refund due recorded in kaola-payment
     * @throws RuntimeException when the deduction, the confirmation or the refund-due record fails, or the order
     *         moved concurrently: retry the message
     */
    public PaymentVerdict apply(String orderNo, long buyerId, String paymentNo, Money amount, Instant paidAt,
                                String payTransactionId) {
        Optional<Order> found = orders.findByOrderNo(orderNo);
        if (found.isEmpty() || found.get().buyerId() != buyerId) {
            log.error("payment {} names order {} of buyer {}, which does not exist: not applied, left for ops",
                    paymentNo, orderNo, buyerId);
            return PaymentVerdict.UNKNOWN_ORDER;
        }
        Order order = found.get();
        PaymentVerdict verdict = order.judgePayment(paymentNo, amount);
        if (verdict == PaymentVerdict.MARK_PAID) {
            Step<OrderStatus> paying = order.decide(OrderTransition.PAY);  // MARK_PAID only while PENDING_PAYMENT
            if (paying.refused()) throw paying.exception();
            Instant at = (paidAt != null ? paidAt : clock.instant()).truncatedTo(ChronoUnit.MILLIS);
            if (orders.move(order, paying, at, null, new OrderRepository.PaidBy(paymentNo, payTransactionId))) {
                order = order.after(paying, at, null);
            } else {
                // moved since we read it: judge again on what is there now
                order = orders.findByOrderNo(orderNo).orElseThrow();
                verdict = order.judgePayment(paymentNo, amount);
                if (verdict == PaymentVerdict.MARK_PAID) {
                    throw OrderError.ILLEGAL_TRANSITION.exception("order " + orderNo + " changed while being paid");
                }
            }
        }
        switch (verdict) {
            case MARK_PAID, DUPLICATE -> {
                inventory.deduct(orderNo);
                confirmQuota(order);
                if (order.price().coupon() != null) promotions.useCoupon(orderNo, clock.instant());
                // announced again on a duplicate (the first attempt may have failed before it; consumers dedupe),
                // unless the order has moved on, which only happens after PAID was heard
                if (order.status() == OrderStatus.PAID) {
                    events.statusChanged(order, OrderStatus.PENDING_PAYMENT,
                            order.paidAt() != null ? order.paidAt() : clock.instant(), null);
                }
            }
            case AMOUNT_MISMATCH -> log.error("payment {} took {} for order {} whose total is {}: order NOT marked paid,"
                    + " left for ops (refund or settle)", paymentNo, amount, orderNo, order.total());
            case REFUND_CLOSED_ORDER -> {
                log.warn("refund due: payment {} ({}) arrived for order {}, which is CLOSED", paymentNo, amount, orderNo);
                recordRefundDue(paymentNo, RefundDueReason.ORDER_CLOSED);
            }
            case PAID_TWICE -> {
                log.warn("refund due: payment {} ({}) arrived for order {}, already paid by {}", paymentNo, amount,
                        orderNo, order.paymentNo());
                recordRefundDue(paymentNo, RefundDueReason.ORDER_PAID_TWICE);
            }
        }
        return verdict;
    }

    /** Idempotent in kaola-payment; a payment it does not know cannot be retried into existence. */
    private void recordRefundDue(String paymentNo, RefundDueReason reason) {
        try {
            payments.recordRefundDue(paymentNo, reason);
        } catch (KaolaException e) {
            if (!e.is(PaymentError.NOT_FOUND)) throw e;
            log.error("refund due of payment {} ({}) NOT recorded: kaola-payment does not know the payment; left for"
                    + " ops", paymentNo, reason);
        }
    }

    private void confirmQuota(Order order) {
        if (order.buyer() == null) return;  // placed before real-name checks: nothing was reserved
        try {
            quotas.confirm(order.orderNo());
        } catch (KaolaException e) {
            if (!e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)) throw e;
            // retrying cannot create it: the order was paid without a live reservation
            log.error("order {} is PAID but kaola-user has no live quota reservation for it ({}): annual quota NOT"
                    + " counted, left for ops", order.orderNo(), e.getMessage());
        }
    }
}
