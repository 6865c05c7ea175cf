package io.kaola.payment.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.rpc.CallableBy;

import java.util.List;

/**
 * Payment orders against the configured payment provider (docs/payments.md: one adapter per provider, the
 * sandbox being one), its notifications, closing the payments of a cancelled order, payments to refund, and
 * refunds (docs/payments.md "Refunds").
 */
public interface PaymentService {

    /**
     * Opens a payment for the buyer's unpaid order at the provider. Idempotent per order: a second call returns
     * the same pending payment, with a fresh confirmUrl token (the previous token is then stale).
     * @return the payment with the provider's payUrl and confirmUrl
     * @throws KaolaException ORDER_NOT_FOUND, PAYMENT_ORDER_NOT_PAYABLE (not PENDING_PAYMENT, already paid, or the
     *         order was cancelled meanwhile: the new payment is closed again), USER_QUOTA_RESERVATION_NOT_FOUND,
     *         CROSSBORDER_BUYER_NOT_VERIFIED, COMMON_SERVICE_UNAVAILABLE
     */
    PaymentView createPayment(CreatePaymentRequest request) throws KaolaException;

    /**
     * Has the provider's adapter verify the notification (sandbox: HMAC-SHA256 of the body), records it
     * idempotently and, atomically with that record, publishes PaymentSucceeded (RocketMQ transactional message
     * with check-back). A repeated notification changes nothing; a forged one is refused and changes nothing.
     * A notification for a payment we CLOSED is recorded as a refund due (PAYMENT_CLOSED), no message.
     * @throws KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH
     */
    NotificationResult acceptNotification(ProviderNotification notification) throws KaolaException;

    /**
     * @return the buyer's payment (confirmUrl is null here)
     * @throws KaolaException PAYMENT_NOT_FOUND (also another buyer's)
     */
    PaymentView getPayment(long buyerId, String paymentNo) throws KaolaException;

    /**
     * Closes every open payment of the order at its provider, then marks it CLOSED; for kaola-order's cancel,
     * which closes the order only when nothing is open any more. Idempotent: a repeat finds nothing open.
     * A payment the provider has already taken the money for is left PENDING (its notification makes it
     * SUCCEEDED) and the outcome is ALREADY_PAID.
     *
     * @param orderNo the order, 1..32 characters
     * @return CLOSED, NONE_OPEN or ALREADY_PAID with the payment numbers concerned
     * @throws KaolaException COMMON_INVALID_REQUEST (no orderNo); COMMON_SERVICE_UNAVAILABLE when a provider did not
     *         answer (what was closed stays closed; call again)
     */
    ClosePaymentsResult closePaymentsOfOrder(String orderNo) throws KaolaException;

    /**
     * Records that the money of a payment must be refunded; for kaola-order when a payment arrives for a CLOSED
     * order (ORDER_CLOSED) or an order already paid (ORDER_PAID_TWICE). Idempotent: the first reason and time
     * recorded stay. The payment is then refunded in full automatically (idempotency key {@code due:<paymentNo>},
     * reason = the due reason); should that fail, the refund retry job asks again.
     *
     * @param paymentNo the payment
     * @param reason    why
     * @return the payment as a refund due
     * @throws KaolaException COMMON_INVALID_REQUEST (no paymentNo or reason), PAYMENT_NOT_FOUND
     */
    RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) throws KaolaException;

    /** @return payments whose money must be refunded, newest first (ops) */
    Page<RefundDueView> listRefundsDue(PageRequest page);

    /**
     * Refunds (part of) the order's SUCCEEDED payment. The refund is recorded PENDING first (in one transaction with a
     * lock on the payment, so concurrent requests never refund more than was paid), then asked of the provider
     * outside the transaction; a provider that is down leaves it PENDING and a retry job asks again (the provider is
     * idempotent on refundNo): the call still returns the PENDING refund. A provider that refuses at once makes it
     * FAILED (failureReason). SUCCEEDED follows with the provider's refund notification, and RefundSucceeded.
     *
     * @param request order, amount (CNY fen, &gt; 0), reason 1..255, idempotency key 1..64, lines (empty = whole order)
     * @return the refund (a repeat of the idempotency key returns the first one as it is now)
     * @throws KaolaException PAYMENT_NOT_FOUND (the order has no SUCCEEDED payment), PAYMENT_INVALID_REFUND (a rule,
     *         or the same key with another amount), PAYMENT_REFUND_EXCEEDS_PAID (member refundableMinor)
     */
    @CallableBy("kaola-order")
    RefundView requestRefund(RefundRequest request) throws KaolaException;

    /**
     * @param orderNo the order
     * @return the order's refunds, oldest first; empty when none
     * @throws KaolaException COMMON_INVALID_REQUEST (no orderNo)
     */
    List<RefundView> refundsOfOrder(String orderNo) throws KaolaException;

    /**
     * @param status only refunds in this status; null = all
     * @return one page of refunds, newest first (ops)
     */
    Page<RefundView> listRefunds(RefundStatus status, PageRequest page);

    /**
     * A provider's refund notification (gateway {@code POST /api/payments/refund-notify/{provider}}): its adapter
     * verifies it (sandbox: HMAC-SHA256 of the body), then it decides the refund through its transition table. A
     * refund that SUCCEEDED publishes RefundSucceeded atomically with the notification record and the move (RocketMQ
     * transactional message); a FAILED one is recorded and moved, no message. A repeated notification changes
     * nothing (duplicate=true); a forged one is refused and changes nothing.
     *
     * @return the refunded payment's number and status, duplicate=true for a repeat
     * @throws KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_REFUND_NOT_FOUND,
     *         PAYMENT_AMOUNT_MISMATCH, COMMON_SERVICE_UNAVAILABLE (broker down: nothing recorded, the provider retries)
     */
    NotificationResult acceptRefundNotification(ProviderNotification notification) throws KaolaException;
}
