package io.kaola.promotion.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An activity's page as kaola-promotion pre-builds it: the activity and whether it runs now, written to Redis under
 * {@link HomePage#REPLICAS} replica keys ({@link HomePage#activityKey}), rebuilt when the activity changes, starts or ends.
 *
 * @param activity the activity
 * @param running  true when it ran at builtAt
 * @param builtAt  when the page was built
 */
public record ActivityPage(ActivityView activity, boolean running, Instant builtAt) implements Serializable {}
