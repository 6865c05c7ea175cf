package io.kaola.common.boot.mq;

/**
 * A consumer of one topic in one consumer group. Implement it as a Spring bean;
 * {@link MessageListenerContainers} subscribes it. Implementations must be idempotent
 * (a message can arrive twice): guard the state change with a status check or with
 * {@code ConsumedMessages.firstTime} in the same transaction. Throwing means "retry";
 * after {@code kaola.mq.max-reconsume-times} retries the broker moves the message to
 * {@code %DLQ%<group>}, which is logged at ERROR by the container.
 *
 * @param <T> the payload record, deserialised from JSON
 */
public interface KaolaMessageListener<T> {

    /** @return the topic, named for a fact, e.g. {@code payment-succeeded} */
    String topic();

    /** @return the consumer group, named for what it does, e.g. {@code order-marks-paid} */
    String consumerGroup();

    /** @return the payload type */
    Class<T> payloadType();

    /**
     * Applies one message.
     *
     * @param payload the decoded payload
     * @param key     the message key (the business number, e.g. a paymentNo)
     */
    void onMessage(T payload, String key);
}
