package io.kaola.payment.refund.domain;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.RefundStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refunds and the provider refund notifications recorded for them (the port; kaola_payment's {@code refund} and
 * {@code refund_notification} tables behind it). Which move a refund makes is decided by
 * {@link RefundTransition#LIFECYCLE}; every status write is guarded by the status it leaves.
 */
public interface RefundRepository {

    /** @return false when nothing was stored: the idempotency key (or refund number) exists */
    boolean insert(Refund refund);

    /** @return the refund numbered {@code refundNo}, empty when none */
    Optional<Refund> find(String refundNo);

    /** @return the refund recorded under the requester's key, empty when none */
    Optional<Refund> findByIdempotencyKey(String idempotencyKey);

    /** @return every refund of the payment, oldest first */
    List<Refund> findByPaymentNo(String paymentNo);

    /** @return every refund of the order, oldest first */
    List<Refund> findByOrderNo(String orderNo);

    /**
     * For reconciliation.
     *
     * @return every refund requested or decided in [from, to), oldest first
     */
    List<Refund> inWindow(Instant from, Instant to);

    /** @return one page of refunds (only {@code status}; null = all), newest first, each mapped by {@code view} */
    <V extends Serializable> Page<V> page(RefundStatus status, PageRequest page, Function<Refund, V> view);

    /**
     * Keeps the provider's acknowledgement of a PENDING refund (its refund id), once.
     *
     * @return false when it was acknowledged before or is no longer PENDING (nothing written)
     */
    boolean recordAck(String refundNo, String providerRefundId, Instant at);

    /**
     * Writes {@code after} (status, provider refund id, failure reason, decision time), guarded by {@code before}'s
     * status.
     *
     * @return true when this write won the row; false when it was no longer in {@code before}'s status
     * @throws IllegalArgumentException when {@code after} is another refund or not a move
     */
    boolean move(Refund before, Refund after);

    /**
     * Records a verified refund notification, once per (provider, providerRefundId, outcome).
     *
     * @return false when it was recorded before (nothing written)
     */
    boolean recordNotification(String provider, String providerRefundId, String outcome, String refundNo, String body,
                               Instant receivedAt);

    /** @return how many notifications were recorded for the refund */
    int countNotifications(String refundNo);

    /** @return at most {@code limit} PENDING refunds the provider has not acknowledged, requested before {@code before}, oldest first */
    List<Refund> awaitingProvider(Instant before, int limit);

    /**
     * @return at most {@code limit} payments with a refund due recorded before {@code before} and no refund of
     *         key {@code due:<paymentNo>} yet, oldest first
     */
    List<String> paymentsDueWithoutRefund(Instant before, int limit);
}
