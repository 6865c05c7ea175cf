package io.kaola.payment.api;

import io.kaola.common.error.KaolaException;

/** Payment orders against the (sandbox) payment provider, and its notifications. */
public interface PaymentService {

    /**
     * Opens a payment for the buyer's unpaid order at the provider. Idempotent per order:
     * a second call returns the same pending payment.
     * @return the payment with the provider's pay URL
     * @throws KaolaException ORDER_NOT_FOUND, PAYMENT_ORDER_NOT_PAYABLE (not PENDING_PAYMENT)
     */
    PaymentView createPayment(CreatePaymentRequest request) throws KaolaException;

    /**
     * Verifies the HMAC-SHA256 signature, records the notification idempotently and, atomically
     * with that record, publishes PaymentSucceeded (RocketMQ transactional message with check-back).
     * A repeated notification changes nothing; a forged one is refused and changes nothing.
     * @throws KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_NOT_FOUND, PAYMENT_AMOUNT_MISMATCH
     */
    NotificationResult acceptNotification(ProviderNotification notification) throws KaolaException;

    /**
     * @return the buyer's payment
     * @throws KaolaException PAYMENT_NOT_FOUND (also another buyer's)
     */
    PaymentView getPayment(long buyerId, String paymentNo) throws KaolaException;
}
