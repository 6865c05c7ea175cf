package io.kaola.common.deadletter;

import java.io.Serializable;
import java.time.Instant;

/**
 * One dead message of one consumer group, as ops see it.
 *
 * @param id             the row id in the service's {@code dead_letter} table (unique within {@code application})
 * @param application    the service that consumed it ({@code spring.application.name}), e.g. "kaola-order"
 * @param msgId          RocketMQ message id (the producer's unique id, the same over every retry)
 * @param consumerGroup  the group whose consumer kept failing, e.g. "order-marks-paid"
 * @param topic          the topic it was published to, e.g. "payment-succeeded"
 * @param key            the message key (a business number), may be null
 * @param body           the JSON body, every 18-character identity number masked (3301**********123X)
 * @param firstFailedAt  when the message was born (first delivery failed shortly after)
 * @param deadAt         when it reached the dead-letter queue
 * @param reconsumeTimes RocketMQ's reconsume count of the dead message: the deliveries tried, the first included
 *                       (kaola.mq.max-reconsume-times + 1)
 * @param status         NEW, REPLAYED or DISCARDED
 * @param actedBy        who replayed or discarded it (the ops account), null while NEW
 * @param actedAt        when, null while NEW
 * @param replayMsgId    the message id of the replay, null unless REPLAYED
 */
public record DeadLetterView(long id, String application, String msgId, String consumerGroup, String topic, String key,
                             String body, Instant firstFailedAt, Instant deadAt, int reconsumeTimes,
                             DeadLetterStatus status, String actedBy, Instant actedAt, String replayMsgId)
        implements Serializable {
}
