package io.kaola.promotion.storefront.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.promotion.api.ActivityChanged;
import io.kaola.promotion.storefront.application.BuildStorefront;
import org.springframework.stereotype.Component;

/** An activity was created, started or ended: its page is rebuilt, and the home page at the next sweep. Idempotent. */
@Component
public class RebuildOnActivityChanged implements KaolaMessageListener<ActivityChanged> {
    private final BuildStorefront storefront;

    public RebuildOnActivityChanged(BuildStorefront storefront) { this.storefront = storefront; }

    @Override public String topic() { return ActivityChanged.TOPIC; }
    @Override public String consumerGroup() { return "promotion-rebuilds-storefront-on-activity"; }
    @Override public Class<ActivityChanged> payloadType() { return ActivityChanged.class; }

    @Override
    public void onMessage(ActivityChanged event, String key) { storefront.rebuildActivity(event.activityId()); }
}
