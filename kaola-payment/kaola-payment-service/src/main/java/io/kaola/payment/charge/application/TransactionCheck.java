package io.kaola.payment.charge.application;

import io.kaola.payment.charge.domain.CheckBackAnswer;

import java.util.Map;

/**
 * The broker's check-back for the transactional messages of one topic ({@link TransactionalMessages}): what the
 * database says about the change a half message announces, asked when the outcome of its local transaction was lost.
 * One bean per topic; the producer's listener picks it by topic.
 */
public interface TransactionCheck {

    /** @return the topic whose messages this check answers for */
    String topic();

    /**
     * @param key        the message key (e.g. the refund number)
     * @param properties the message's user properties
     * @return the answer; a failure to read the database is thrown (the broker asks again)
     */
    CheckBackAnswer check(String key, Map<String, String> properties);
}
