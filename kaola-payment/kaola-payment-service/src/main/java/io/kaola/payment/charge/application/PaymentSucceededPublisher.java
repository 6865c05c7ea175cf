package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.PaymentSucceeded;

/**
 * Publishes PaymentSucceeded atomically with the database change that makes it true (the port; the transactional
 * producer of {@link TransactionalMessages}, whose broker check-back reads the payment when the outcome was lost).
 */
public interface PaymentSucceededPublisher extends TransactionalMessages {

    /**
     * Sends {@code event} (key paymentNo, topic {@value PaymentSucceeded#TOPIC}) in a transaction whose local part is
     * {@code local}; never call it inside a database transaction.
     *
     * @return true when {@code local} committed (the message is committed too); false when it had nothing to record
     *         (the message is rolled back)
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when the broker did not take the message (nothing recorded);
     *         otherwise whatever {@code local} threw (message rolled back, or left to the broker's check-back when the
     *         commit outcome is unknown)
     */
    boolean send(PaymentSucceeded event, LocalTransaction local);
}
