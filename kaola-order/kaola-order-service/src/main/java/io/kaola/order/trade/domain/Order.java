package io.kaola.order.trade.domain;

import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.ShippingAddress;
import io.kaola.pricing.api.PriceQuote;

import java.time.Instant;
import java.util.Objects;

/**
 * One buyer's order, with the price breakdown frozen when it was placed.
 *
 * @param orderNo        order number; its last 4 digits name the shard ({@link OrderShard})
 * @param buyerId        the buyer (订购人), shard key
 * @param status         current status; changes only through {@link OrderTransition}
 * @param idempotencyKey the client's key, unique per buyer
 * @param price          quote from kaola-pricing at placement (CNY fen, FX rates with their dates)
 * @param address        consignee (收货人) and destination
 * @param createdAt      placement time
 * @param paidAt         when the provider took the money, null until PAID
 * @param paymentNo      the payment that paid it, null until PAID
 * @param version        bumped by every status write
 * @param buyer          the verified buyer (订购人) at placement; null on orders placed before real-name checks
 */
public record Order(String orderNo, long buyerId, OrderStatus status, String idempotencyKey, PriceQuote price,
                    ShippingAddress address, Instant createdAt, Instant paidAt, String paymentNo, int version,
                    OrderBuyer buyer) {

    public Order {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
    }

    /** @return a new order of the verified {@code buyer}, awaiting payment */
    public static Order place(String orderNo, long buyerId, String idempotencyKey, PriceQuote price,
                              ShippingAddress address, OrderBuyer buyer, Instant now) {
        Objects.requireNonNull(buyer, "buyer");
        return new Order(orderNo, buyerId, OrderStatus.PENDING_PAYMENT, idempotencyKey, price, address, now,
                null, null, 0, buyer);
    }

    /** @return what the buyer pays, CNY fen */
    public Money total() { return price.total(); }

    /**
     * What to do with a confirmed payment of this order.
     * Checked in this order: the same payment again is a duplicate whatever else; a paid order paid
     * by another payment, or a closed order, needs a refund; an unpaid order is marked paid only
     * when the amount is exactly its total.
     *
     * @param paymentNo the payment
     * @param amount    the amount the provider took
     */
    public PaymentVerdict judgePayment(String paymentNo, Money amount) {
        return switch (status) {
            case PAID -> Objects.equals(paymentNo, this.paymentNo) ? PaymentVerdict.DUPLICATE : PaymentVerdict.PAID_TWICE;
            case CLOSED -> PaymentVerdict.REFUND_CLOSED_ORDER;
            case PENDING_PAYMENT -> total().equals(amount) ? PaymentVerdict.MARK_PAID : PaymentVerdict.AMOUNT_MISMATCH;
        };
    }

    /**
     * What {@code transition} does to this order, as {@link OrderTransition#LIFECYCLE} decides it; the use case
     * acts on the step (moves: a guarded write; stays: nothing to write; refused: {@code throw step.exception()}).
     *
     * @return the step from this order's status (never null)
     */
    public Step<OrderStatus> decide(OrderTransition transition) {
        return OrderTransition.LIFECYCLE.decide(status, transition);
    }

    /**
     * This order as {@code step} leaves it: a move gives its target status and the next version (a PAY's payment
     * is recorded by the write, not here); a stay gives this order unchanged.
     *
     * @param step a step {@link #decide} gave for this order
     * @throws io.kaola.common.error.KaolaException the step's refusal (ORDER_ILLEGAL_TRANSITION) when it was refused
     * @throws IllegalArgumentException when the step starts from another status
     */
    public Order after(Step<OrderStatus> step) {
        if (step.from() != status) throw new IllegalArgumentException("a step from " + step.from() + " on an order "
                + status);
        if (step.refused()) throw step.exception();
        if (step.stays()) return this;
        return new Order(orderNo, buyerId, step.to(), idempotencyKey, price, address, createdAt, paidAt, paymentNo,
                version + 1, buyer);
    }

    /** @return the shard this order lives on */
    public OrderShard shard() { return OrderShard.ofBuyer(buyerId); }
}
