package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;

import java.io.Serializable;
import java.util.Map;

/**
 * Publishes an event atomically with the database change that makes it true (the port; one RocketMQ transactional
 * producer in infrastructure for every such topic of kaola-payment: payment-succeeded, refund-succeeded). When the
 * outcome of the local transaction is lost, the broker checks back; the {@link TransactionCheck} of the message's
 * topic answers from the database.
 */
public interface TransactionalMessages {

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
     * Sends {@code event} as JSON (topic, key) with user {@code properties} in a transaction whose local part is
     * {@code local}; never call it inside a database transaction.
     *
     * @param properties message user properties the topic's check-back reads (may be empty)
     * @return true when {@code local} committed (the message is committed too); false when it had nothing to record
     *         (the message is rolled back)
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when the broker did not take the message (nothing recorded);
     *         otherwise whatever {@code local} threw (message rolled back, or left to the broker's check-back when the
     *         commit outcome is unknown)
     */
    boolean send(String topic, String key, Serializable event, Map<String, String> properties, LocalTransaction local);
}
