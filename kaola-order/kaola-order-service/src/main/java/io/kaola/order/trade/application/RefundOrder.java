package io.kaola.order.trade.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderTransition;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.api.RefundView;
import io.kaola.user.api.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Money back for a whole paid order that will not ship (issue 12 §2; docs/refunds.md): a paid order cancelled before
 * customs release (REFUNDING, once customs confirmed the cancellation) or rejected by customs for quota or identity
 * (CUSTOMS_REJECTED, cross-border.md §4.6). {@link #settle} puts everything back and asks for the refund:
 * <ol>
 *   <li>the goods never left the bonded warehouse: every unit back on hand (kaola-inventory restock, key
 *       {@value #RESTOCK_KEY});</li>
 *   <li>the annual quota reservation is released (kaola-user; customs' cancellation or rejection is the positive
 *       receipt fulfilment.md §4 asks for);</li>
 *   <li>the coupon the order used is restored (UNUSED, or EXPIRED if it lapsed: kaola-promotion);</li>
 *   <li>a refund of the whole total — goods after discounts, shipping and tax, i.e. what the payment took — is asked
 *       of kaola-payment with the idempotency key {@code order:<orderNo>}, the same for both causes, so an order is
 *       never refunded in full twice.</li>
 * </ol>
 * Every step is idempotent and each is tried even when an earlier one failed; a failure is thrown after the others
 * (the message that triggered it is redelivered). {@link #onRefundSucceeded} then makes the order REFUNDED.
 */
@Service
public class RefundOrder {
    /** The restock key of a whole order's goods. */
    public static final String RESTOCK_KEY = "order";
    private static final String WHOLE_ORDER_KEY = "order:";
    private static final Logger log = LoggerFactory.getLogger(RefundOrder.class);

    private final InventoryClient inventory;
    private final QuotaClient quotas;
    private final PromotionClient promotions;
    private final PaymentClient payments;
    private final AdvanceOrder advance;
    private final Clock clock;

    public RefundOrder(InventoryClient inventory, QuotaClient quotas, PromotionClient promotions, PaymentClient payments,
                       AdvanceOrder advance, Clock clock) {
        this.inventory = inventory;
        this.quotas = quotas;
        this.promotions = promotions;
        this.payments = payments;
        this.advance = advance;
        this.clock = clock;
    }

    /** @return the idempotency key of the whole-order refund of {@code orderNo} */
    public static String wholeOrderKey(String orderNo) { return WHOLE_ORDER_KEY + orderNo; }

    /**
     * Steps 1–4 of the class comment for an order that is REFUNDING or CUSTOMS_REJECTED; any other order is left alone.
     *
     * @param order  the order, as just moved or read
     * @param reason why its money goes back, shown with the refund (e.g. "cancelled before customs release")
     * @return the refund asked for, PENDING or already decided; null when the order is not to be refunded
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE naming what could not be settled yet (retry: idempotent);
     *         PAYMENT_REFUND_EXCEEDS_PAID when the payment was already refunded some other way (left for ops)
     */
    public RefundView settle(Order order, String reason) {
        if (order.status() != OrderStatus.REFUNDING && order.status() != OrderStatus.CUSTOMS_REJECTED) return null;
        String orderNo = order.orderNo();
        List<String> failed = new ArrayList<>();
        try {
            inventory.restock(orderNo, RESTOCK_KEY, List.of());
        } catch (RuntimeException e) {
            failed.add("stock");
            log.warn("order {}: its goods could not be restocked yet ({}); retried", orderNo, e.toString());
        }
        if (order.buyer() != null) {   // orders placed before real-name checks reserved no quota
            try {
                quotas.release(orderNo);
            } catch (KaolaException e) {
                if (!e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)) {
                    failed.add("annual quota");
                    log.warn("order {}: its annual quota could not be released yet ({}); retried", orderNo, e.toString());
                }
            } catch (RuntimeException e) {
                failed.add("annual quota");
                log.warn("order {}: its annual quota could not be released yet ({}); retried", orderNo, e.toString());
            }
        }
        if (order.price().coupon() != null) {
            try {
                promotions.restoreCoupon(orderNo, clock.instant());
            } catch (RuntimeException e) {
                failed.add("coupon");
                log.warn("order {}: its coupon could not be restored yet ({}); retried", orderNo, e.toString());
            }
        }
        RefundView refund = null;
        try {
            refund = payments.requestRefund(new RefundRequest(orderNo, order.total(), reason, wholeOrderKey(orderNo),
                    List.of()));
            log.info("order {} ({}): refund {} of {} asked for ({})", orderNo, order.status(), refund.refundNo(),
                    order.total(), refund.status());
        } catch (KaolaException e) {
            if (!e.is(CommonError.SERVICE_UNAVAILABLE)) throw e;
            failed.add("refund");
            log.warn("order {}: its refund could not be asked for yet ({}); retried", orderNo, e.toString());
        }
        if (!failed.isEmpty()) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("order " + orderNo + " is " + order.status()
                    + ", but its " + String.join(" and ", failed) + " could not be settled yet; it is retried");
        }
        return refund;
    }

    /**
     * A refund succeeded (refund-succeeded): the whole-order refund makes a REFUNDING or CUSTOMS_REJECTED order
     * REFUNDED. Other refunds of the order (money that arrived for a CLOSED order, a return) do not move it.
     *
     * @param event the refund
     * @return true when it was the order's whole-order refund (moved, or already REFUNDED)
     * @throws KaolaException ORDER_NOT_FOUND; ORDER_ILLEGAL_TRANSITION (never expected: the refund is asked for only
     *         once the order is there), left to the dead-letter queue after retries
     */
    public boolean onRefundSucceeded(RefundSucceeded event) {
        if (!wholeOrderKey(event.orderNo()).equals(event.idempotencyKey())) {
            log.info("refund {} of order {} ({}) succeeded: not the whole-order refund, the order does not move",
                    event.refundNo(), event.orderNo(), event.idempotencyKey());
            return false;
        }
        Order order = advance.apply(event.orderNo(), OrderTransition.REFUND,
                event.refundedAt() != null ? event.refundedAt() : clock.instant(),
                "refunded " + event.amount() + " (refund " + event.refundNo() + ")");
        return order.status() == OrderStatus.REFUNDED;
    }
}
