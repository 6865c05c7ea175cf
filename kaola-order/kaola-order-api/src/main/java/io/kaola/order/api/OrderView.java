package io.kaola.order.api;

import io.kaola.pricing.api.PriceQuote;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An order as the buyer and ops see it, with the price breakdown it was sold at
 * (lines, FX rates with their dates, goods, discount, shipping, tax, total).
 *
 * @param orderNo   order number; its last 4 digits are buyerId % 10000 (the shard)
 * @param buyerId   buyer
 * @param status    current status
 * @param price     breakdown frozen at placement
 * @param address   shipping address
 * @param createdAt placement time
 * @param paidAt    payment time, null until PAID
 * @param buyer     the verified buyer (订购人), null on orders placed before real-name checks
 * @param paymentNo        the payment that paid it, null until PAID
 * @param payTransactionId the payment provider's transaction id (CEB311 payTransactionId), null until PAID
 * @param payBy            the payment deadline (placement + the unpaid timeout); a payment opened later is refused
 * @param history          every status entered, oldest first, starting with PENDING_PAYMENT at createdAt
 * @param refunds          the money given back for this order (kaola-payment), oldest first; empty when none; null
 *                         when kaola-payment could not be asked just now (read the order again)
 * @param returns          the shopper's returns of this order, oldest first; empty when none
 */
public record OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                        Instant createdAt, Instant paidAt, BuyerView buyer, String paymentNo, String payTransactionId,
                        Instant payBy, List<StatusChange> history, List<OrderRefund> refunds,
                        List<ReturnView> returns) implements Serializable {
    public OrderView {
        history = history == null ? List.of() : List.copyOf(history);
        refunds = refunds == null ? null : List.copyOf(refunds);
        returns = returns == null ? List.of() : List.copyOf(returns);
    }

    /** An order without its refunds and returns (not read). */
    public OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                     Instant createdAt, Instant paidAt, BuyerView buyer, String paymentNo, String payTransactionId,
                     Instant payBy, List<StatusChange> history) {
        this(orderNo, buyerId, status, price, address, createdAt, paidAt, buyer, paymentNo, payTransactionId, payBy,
                history, List.of(), List.of());
    }

    /**
     * @param refunds as kaola-payment knows them (null: not known right now)
     * @param returns the order's returns
     * @return this order with its after-sales
     */
    public OrderView withAfterSales(List<OrderRefund> refunds, List<ReturnView> returns) {
        return new OrderView(orderNo, buyerId, status, price, address, createdAt, paidAt, buyer, paymentNo,
                payTransactionId, payBy, history, refunds, returns);
    }

    /** An order without payment details and history (test doubles). */
    public OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                     Instant createdAt, Instant paidAt, BuyerView buyer) {
        this(orderNo, buyerId, status, price, address, createdAt, paidAt, buyer, null, null, null, null);
    }

    /** An order without a recorded buyer identity. */
    public OrderView(String orderNo, long buyerId, OrderStatus status, PriceQuote price, ShippingAddress address,
                     Instant createdAt, Instant paidAt) {
        this(orderNo, buyerId, status, price, address, createdAt, paidAt, null);
    }
}
