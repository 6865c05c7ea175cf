package io.kaola.promotion.activity.application;

import io.kaola.promotion.api.ActivityChanged;

/** Announces {@link ActivityChanged} (topic activity-changed) after the change is committed; best effort. */
public interface ActivityChangedPublisher {
    /** @param event the change, already committed */
    void publishCommitted(ActivityChanged event);
}
