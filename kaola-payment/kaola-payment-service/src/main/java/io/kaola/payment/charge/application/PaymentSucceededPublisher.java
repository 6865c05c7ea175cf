package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;

/**
 * Publishes PaymentSucceeded atomically with the database change that makes it true (the port; a RocketMQ
 * transactional message in infrastructure, whose broker check-back reads the payment when the outcome was lost).
 */
public interface PaymentSucceededPublisher {

    /** The database side of one message: true when it committed, false when there was nothing to record. */
    @FunctionalInterface
    interface LocalTransaction {
        /**
         * @return true when committed; false when rolled back because there was nothing to record
         * @throws CommitOutcomeUnknownException when the commit itself failed in flight (it may have been applied)
         */
        boolean commit();
    }

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
