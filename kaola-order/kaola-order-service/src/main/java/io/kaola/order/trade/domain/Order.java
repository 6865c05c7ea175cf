package io.kaola.order.trade.domain;

import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.ShippingAddress;
import io.kaola.order.api.StatusChange;
import io.kaola.pricing.api.PriceQuote;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * @param payTransactionId the provider's transaction id of the payment that paid it (CEB311 payTransactionId), null
 *                       until PAID and on orders paid before V4
 * @param enteredAt      when the order entered each status it has been in (PENDING_PAYMENT = createdAt, PAID = paidAt)
 * @param statusReason   why it entered its current status, when that needs saying (timeout, customs returnInfo)
 */
public record Order(String orderNo, long buyerId, OrderStatus status, String idempotencyKey, PriceQuote price,
                    ShippingAddress address, Instant createdAt, Instant paidAt, String paymentNo, int version,
                    OrderBuyer buyer, String payTransactionId, Map<OrderStatus, Instant> enteredAt,
                    String statusReason) {

    public Order {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
        EnumMap<OrderStatus, Instant> times = new EnumMap<>(OrderStatus.class);
        if (enteredAt != null) enteredAt.forEach((k, v) -> { if (v != null) times.put(k, v); });
        if (createdAt != null) times.putIfAbsent(OrderStatus.PENDING_PAYMENT, createdAt);
        if (paidAt != null) times.putIfAbsent(OrderStatus.PAID, paidAt);
        enteredAt = Collections.unmodifiableMap(times);
    }

    /** An order without the fulfilment fields (as placed, and in tests). */
    public Order(String orderNo, long buyerId, OrderStatus status, String idempotencyKey, PriceQuote price,
                 ShippingAddress address, Instant createdAt, Instant paidAt, String paymentNo, int version,
                 OrderBuyer buyer) {
        this(orderNo, buyerId, status, idempotencyKey, price, address, createdAt, paidAt, paymentNo, version, buyer,
                null, null, null);
    }

    /** @return every status entered, oldest first (ties in lifecycle order) */
    public List<StatusChange> history() {
        return enteredAt.entrySet().stream()
                .sorted(Map.Entry.<OrderStatus, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new StatusChange(e.getKey(), e.getValue()))
                .toList();
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
            case PENDING_PAYMENT -> total().equals(amount) ? PaymentVerdict.MARK_PAID : PaymentVerdict.AMOUNT_MISMATCH;
            case CLOSED -> PaymentVerdict.REFUND_CLOSED_ORDER;
            // PAID and every status after it
            case PAID, DECLARING, CLEARED, SHIPPED, DELIVERED, COMPLETED, CUSTOMS_REJECTED, REFUNDING, REFUNDED ->
                    Objects.equals(paymentNo, this.paymentNo) ? PaymentVerdict.DUPLICATE : PaymentVerdict.PAID_TWICE;
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
                version + 1, buyer, payTransactionId, enteredAt, statusReason);
    }

    /**
     * This order as the write of a move leaves it: {@link #after} plus the time it entered the target and the reason.
     *
     * @param step   a move {@link #decide} gave for this order
     * @param at     when it moved
     * @param reason why, or null
     */
    public Order after(Step<OrderStatus> step, Instant at, String reason) {
        Order moved = after(step);
        if (!step.moves()) return moved;
        EnumMap<OrderStatus, Instant> times = new EnumMap<>(OrderStatus.class);
        times.putAll(enteredAt);
        times.put(step.to(), at);
        return new Order(orderNo, buyerId, moved.status, idempotencyKey, price, address, createdAt,
                step.to() == OrderStatus.PAID ? at : paidAt, paymentNo, moved.version, buyer, payTransactionId, times,
                reason);
    }

    /** @return the shard this order lives on */
    public OrderShard shard() { return OrderShard.ofBuyer(buyerId); }
}
