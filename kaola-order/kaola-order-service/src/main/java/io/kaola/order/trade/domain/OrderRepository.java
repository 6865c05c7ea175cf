package io.kaola.order.trade.domain;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Orders on their buyer's shard (port; MyBatisOrderRepository in trade/infrastructure). It decides no transition:
 * {@link #move} only writes the step {@link Order#decide} gave, guarded by the status it leaves.
 */
public interface OrderRepository {

    /**
     * Writes the order and its lines; call inside a transaction (both land on the buyer's shard).
     *
     * @param requestFingerprint the fingerprint of the checkout request, stored with the idempotency key
     */
    void insert(Order order, RequestFingerprint requestFingerprint);

    /**
     * An order found by its idempotency key.
     *
     * @param order              the order
     * @param requestFingerprint the fingerprint stored with it; null for orders placed before V3
     */
    record KeyedOrder(Order order, String requestFingerprint) {}

    /** @return the buyer's order; empty when absent, another buyer's, or {@code orderNo} is not an order number */
    Optional<Order> find(long buyerId, String orderNo);

    /** @return the order the buyer placed with this idempotency key, with the request fingerprint stored with it */
    Optional<KeyedOrder> findByIdempotencyKey(long buyerId, String idempotencyKey);

    /** @return the order by number alone (one table, chosen by the number's last 4 digits) */
    Optional<Order> findByOrderNo(String orderNo);

    /** @return the buyer's orders, newest first, with the buyer's total count */
    Page<OrderSummary> list(long buyerId, PageRequest page);

    /**
     * What a move to PAID records besides the status.
     *
     * @param paymentNo        the payment that paid it
     * @param payTransactionId the provider's transaction id (CEB311 payTransactionId); may be null
     */
    record PaidBy(String paymentNo, String payTransactionId) {}

    /**
     * The guarded status write: {@code SET status = step.to(), <time of step.to()> = at WHERE ... AND status =
     * step.from()}.
     *
     * @param order  the order as read
     * @param step   a move that {@link Order#decide} gave for it
     * @param at     when it entered {@code step.to()} (a move to PAID: when the provider took the money)
     * @param reason why, shown with the status (null: none)
     * @param paidBy the payment, for a move to PAID; null for other moves
     * @return true when this call moved the order, false when it was no longer in {@code step.from()}
     * @throws IllegalArgumentException when the step does not move, or a move to PAID has no payment
     */
    boolean move(Order order, Step<OrderStatus> step, Instant at, String reason, PaidBy paidBy);

    /**
     * Orders of every shard still PENDING_PAYMENT and placed before {@code placedBefore}, oldest first: the sweep
     * that closes unpaid orders whose timeout message was lost.
     *
     * @param limit at most this many
     */
    List<Order> findUnpaidPlacedBefore(Instant placedBefore, int limit);
}
