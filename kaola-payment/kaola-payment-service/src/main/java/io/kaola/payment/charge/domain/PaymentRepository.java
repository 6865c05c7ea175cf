package io.kaola.payment.charge.domain;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.RefundDueReason;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Payment orders and the provider notifications recorded for them (the port; kaola_payment's tables behind it).
 * It only reads and writes: which move a payment makes is decided by {@link PaymentTransition#LIFECYCLE}, and every
 * status write is guarded by the status it leaves.
 */
public interface PaymentRepository {

    /**
     * Stores a new payment.
     *
     * @return false when nothing was stored because the order already has a live (PENDING or SUCCEEDED) payment or the
     *         payment number exists
     */
    boolean insert(PaymentOrder payment);

    /** @return the payment numbered {@code paymentNo}, empty when there is none */
    Optional<PaymentOrder> find(String paymentNo);

    /**
     * Reads the payment and locks its row until the surrounding database transaction ends ({@code SELECT … FOR
     * UPDATE}): what is left refundable is decided with the payment locked. Only inside a transaction.
     *
     * @return the payment, empty when there is none
     */
    Optional<PaymentOrder> lockForUpdate(String paymentNo);

    /** @return the order's PENDING or SUCCEEDED payment; empty when it has none or only FAILED or CLOSED ones */
    Optional<PaymentOrder> findLiveByOrderNo(String orderNo);

    /** @return every payment of the order, oldest first */
    List<PaymentOrder> findAllByOrderNo(String orderNo);

    /**
     * For reconciliation.
     *
     * @return every payment opened or SUCCEEDED in [from, to), oldest first
     */
    List<PaymentOrder> inWindow(Instant from, Instant to);

    /**
     * Writes {@code after} (status, provider transaction, times, failure code; a refund due already recorded is kept),
     * guarded by {@code before}'s status: {@code UPDATE ... SET status = after WHERE status = before}.
     *
     * @param before the payment as read, in the status the move leaves
     * @param after  the same payment after a move its {@link PaymentOrder#decide decision} allowed
     * @return true when this write won the row; false when it was no longer in {@code before}'s status (nothing written)
     * @throws IllegalArgumentException when {@code after} is another payment or not a move (same status)
     */
    boolean move(PaymentOrder before, PaymentOrder after);

    /** Keeps the provider's cashier page of the payment (as its adapter answered the last open). */
    void savePayUrl(String paymentNo, String payUrl);

    /**
     * Records a refund due, once.
     *
     * @param at            when, millisecond precision
     * @param providerTxnId the provider transaction that took the money, used when the payment has none; may be null
     * @return false when a refund due was recorded before (nothing written; the first reason and time stay)
     */
    boolean markRefundDue(String paymentNo, RefundDueReason reason, Instant at, String providerTxnId);

    /** @return one page of payments with a refund due, newest first, each mapped by {@code view} */
    <V extends Serializable> Page<V> findRefundsDue(PageRequest page, Function<PaymentOrder, V> view);

    /**
     * Records a provider notification, once per (provider, providerTxnId).
     *
     * @param body the notification body as received (it holds the payer's number only masked)
     * @return false when (provider, providerTxnId) was recorded before (nothing written)
     */
    boolean recordNotification(String provider, String providerTxnId, String paymentNo, String body, Instant receivedAt);

    /** @return true when a notification of the provider's transaction was recorded */
    boolean isNotificationRecorded(String provider, String providerTxnId);

    /** @return how many notifications were recorded for the payment */
    int countNotifications(String paymentNo);
}
