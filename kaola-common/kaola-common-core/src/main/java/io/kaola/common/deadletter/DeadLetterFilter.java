package io.kaola.common.deadletter;

import java.io.Serializable;

/**
 * What to list; every field null means "any".
 *
 * @param status        only this status, e.g. NEW
 * @param consumerGroup only this consumer group
 * @param topic         only this topic
 */
public record DeadLetterFilter(DeadLetterStatus status, String consumerGroup, String topic) implements Serializable {
    /** @return a filter that matches every dead letter */
    public static DeadLetterFilter any() { return new DeadLetterFilter(null, null, null); }
}
