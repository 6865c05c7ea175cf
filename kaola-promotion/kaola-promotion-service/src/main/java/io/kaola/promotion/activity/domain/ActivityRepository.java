package io.kaola.promotion.activity.domain;

import java.time.Instant;
import java.util.List;

/** Activities (table activity). */
public interface ActivityRepository {
    /** @return the stored activity with its id */
    Activity create(Activity activity);

    /** @return the activity, or null */
    Activity find(long id);

    /** @return activities not ended at {@code at} (running or still to come), oldest first */
    List<Activity> notEndedAt(Instant at);

    /** @return activities that started or ended in (after, upTo], oldest first */
    List<Activity> startedOrEndedBetween(Instant after, Instant upTo);
}
