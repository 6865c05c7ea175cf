package io.kaola.promotion.storefront.application;

import io.kaola.promotion.activity.application.ManageActivities;
import io.kaola.promotion.activity.domain.Activity;
import io.kaola.promotion.api.ActivityPage;
import io.kaola.promotion.api.HomePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pre-builds the home page and the activity pages (缓存静态化) and writes each under {@link HomePage#REPLICAS} replica
 * keys, so the gateway serves them from Redis and a hot page is spread over several cluster slots. A change marks
 * the home page dirty ({@link #markDirty}); {@link #rebuildIfDirty} builds it at most once per sweep, however many
 * products changed (a catalogue import sends thousands of product-changed), and at least every
 * {@value #BACKSTOP_MINUTES} minutes (then with every activity page too).
 */
@Service
public class BuildStorefront {
    /** A clean page is rebuilt anyway after this long (a lost event, a price that moved with the FX rate). */
    public static final int BACKSTOP_MINUTES = 5;
    /** Featured products on the home page. */
    public static final int FEATURED = 8;
    private static final Logger log = LoggerFactory.getLogger(BuildStorefront.class);

    private final ManageActivities activities;
    private final CatalogReader catalog;
    private final StorefrontStore store;
    private final Clock clock;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private volatile Instant lastBuilt = Instant.EPOCH;

    public BuildStorefront(ManageActivities activities, CatalogReader catalog, StorefrontStore store, Clock clock) {
        this.activities = activities;
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
    }

    /** Something the home page shows changed: rebuild it at the next sweep. */
    public void markDirty() { dirty.set(true); }

    /** @return true if the home page was rebuilt (it was dirty, or older than the backstop) */
    public boolean rebuildIfDirty() {
        boolean stale = Duration.between(lastBuilt, clock.instant()).toMinutes() >= BACKSTOP_MINUTES;
        if (!dirty.getAndSet(false) && !stale) return false;
        try {
            buildHome();
            // each activity's own change rebuilds its page (rebuildActivity); the first build and the backstop
            // rewrite them all, so pages survive a flushed Redis or a lost event without a rewrite per product change
            if (stale) buildActivityPages();
            return true;
        } catch (RuntimeException e) {
            dirty.set(true);
            throw e;
        }
    }

    /** @return the home page just built and written */
    public HomePage buildHome() {
        Instant now = clock.instant();
        List<HomePage.Entry> categories = catalog.topCategories();
        List<HomePage.Featured> featured = new ArrayList<>();
        for (HomePage.Entry category : categories) {
            if (featured.size() == FEATURED) break;
            HomePage.Featured first = catalog.firstProductOf(category.key());
            if (first != null) featured.add(first);
        }
        List<Activity> running = activities.running(now);
        HomePage page = new HomePage(categories, featured, running.stream().map(Activity::view).toList(), now);
        store.write(homeKeys(), page);
        lastBuilt = now;
        log.debug("home page built: {} categories, {} featured, {} activities", categories.size(), featured.size(), running.size());
        return page;
    }

    /** Rewrites the page of every activity not yet ended. */
    public void buildActivityPages() {
        Instant now = clock.instant();
        for (Activity a : activities.notEnded(now)) writeActivityPage(a, now);
    }

    /** Rebuilds one activity's page (it was created, changed, started or ended). */
    public void rebuildActivity(long activityId) {
        writeActivityPage(activities.get(activityId), clock.instant());
        markDirty();
    }

    private void writeActivityPage(Activity activity, Instant now) {
        List<String> keys = new ArrayList<>(HomePage.REPLICAS);
        for (int r = 0; r < HomePage.REPLICAS; r++) keys.add(HomePage.activityKey(activity.id(), r));
        store.write(keys, new ActivityPage(activity.view(), activity.runningAt(now), now));
    }

    private static List<String> homeKeys() {
        List<String> keys = new ArrayList<>(HomePage.REPLICAS);
        for (int r = 0; r < HomePage.REPLICAS; r++) keys.add(HomePage.key(r));
        return keys;
    }
}
