package io.kaola.promotion.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * RocketMQ topic {@value #TOPIC}: an activity was created or changed, or one starts or ends (published at its start
 * and end too, so read models of "running activities" are rebuilt on time). Consumers rebuild what shows it; a
 * redelivery rebuilds again, which changes nothing.
 *
 * @param activityId the activity
 * @param at         when the change took effect
 */
public record ActivityChanged(long activityId, Instant at) implements Serializable {
    /** The topic. */
    public static final String TOPIC = "activity-changed";
}
