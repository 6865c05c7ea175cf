package io.kaola.promotion.activity.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.activity.application.ManageActivities;
import io.kaola.promotion.activity.domain.Activity;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.kaola.promotion.api.CreateActivityRequest;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Dubbo face of activities. */
@DubboService(timeout = 2000, retries = 2, methods = {@Method(name = "createActivity", timeout = 3000, retries = 0)})
public class ActivityServiceProvider implements ActivityService {
    private final ManageActivities activities;
    private final Clock clock;

    public ActivityServiceProvider(ManageActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public ActivityView createActivity(CreateActivityRequest request) throws KaolaException {
        return activities.create(request).view();
    }

    @Override
    public ActivityView activity(long id) throws KaolaException { return activities.get(id).view(); }

    @Override
    public List<ActivityView> runningActivities(Instant at) throws KaolaException {
        return activities.running(orNow(at)).stream().map(Activity::view).toList();
    }

    @Override
    public List<PromotionOffer> runningOffers(Instant at) throws KaolaException {
        return activities.running(orNow(at)).stream().map(Activity::offer).toList();
    }

    private Instant orNow(Instant at) { return at == null ? clock.instant() : at; }
}
