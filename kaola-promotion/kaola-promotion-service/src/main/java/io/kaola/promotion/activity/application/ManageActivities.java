package io.kaola.promotion.activity.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.kaola.common.error.KaolaException;
import io.kaola.promotion.activity.domain.Activity;
import io.kaola.promotion.activity.domain.ActivityRepository;
import io.kaola.promotion.activity.domain.ActivityRules;
import io.kaola.promotion.api.ActivityChanged;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.PromotionError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Activities: ops create them; checkout, the cart and the price trial read the running ones on every request, so
 * those come from memory — the activities not yet ended, read again at most every {@code activity-cache-ttl}
 * (an activity created on this instance is visible at once; on other instances within the TTL).
 */
@Service
public class ManageActivities {
    private static final String NOT_ENDED = "not-ended";

    private final ActivityRepository activities;
    private final ActivityChangedPublisher events;
    private final Clock clock;
    private final LoadingCache<String, List<Activity>> notEnded;
    private volatile Instant lastAnnounced;

    public ManageActivities(ActivityRepository activities, ActivityChangedPublisher events, Clock clock,
                            @Value("${kaola.promotion.activity-cache-ttl:2s}") Duration ttl) {
        this.activities = activities;
        this.events = events;
        this.clock = clock;
        this.notEnded = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1)
                .build(key -> activities.notEndedAt(clock.instant()));
        this.lastAnnounced = clock.instant();
    }

    /**
     * @return the stored activity; ActivityChanged is announced
     * @throws KaolaException PROMOTION_INVALID_ACTIVITY naming the field
     */
    public Activity create(CreateActivityRequest request) {
        Instant now = clock.instant();
        Activity created = activities.create(ActivityRules.validate(request, now));
        notEnded.invalidateAll();
        events.publishCommitted(new ActivityChanged(created.id(), now));
        return created;
    }

    /**
     * @return the activity
     * @throws KaolaException PROMOTION_ACTIVITY_NOT_FOUND
     */
    public Activity get(long id) {
        Activity activity = activities.find(id);
        if (activity == null) throw PromotionError.ACTIVITY_NOT_FOUND.exception("no activity " + id);
        return activity;
    }

    /** @return the activities running at {@code at}, oldest first (their priority in pricing) */
    public List<Activity> running(Instant at) {
        return notEnded.get(NOT_ENDED).stream().filter(a -> a.runningAt(at)).toList();
    }

    /** @return the activities not ended at {@code at} (running or still to come), oldest first */
    public List<Activity> notEnded(Instant at) {
        return notEnded.get(NOT_ENDED).stream().filter(a -> at.isBefore(a.endsAt())).toList();
    }

    /**
     * Announces ActivityChanged for every activity that started or ended since the last call, so read models of
     * "running activities" are rebuilt on time.
     *
     * @return how many were announced
     */
    public int announceStartsAndEnds() {
        Instant now = clock.instant();
        List<Activity> turned = activities.startedOrEndedBetween(lastAnnounced, now);
        lastAnnounced = now;
        if (!turned.isEmpty()) notEnded.invalidateAll();
        for (Activity a : turned) events.publishCommitted(new ActivityChanged(a.id(), now));
        return turned.size();
    }
}
