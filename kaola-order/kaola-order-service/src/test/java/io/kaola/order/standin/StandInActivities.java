package io.kaola.order.standin;

import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.PromotionError;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.List;

/** kaola-promotion's ActivityService stand-in: no activities run unless a test sets them. */
@DubboService
public class StandInActivities implements ActivityService {
    private volatile List<PromotionOffer> running = List.of();

    /** Sets the running activities, priority order. */
    public void setRunning(List<PromotionOffer> offers) { running = List.copyOf(offers); }

    @Override public ActivityView createActivity(CreateActivityRequest request) { throw new UnsupportedOperationException(); }

    @Override public ActivityView activity(long id) { throw PromotionError.ACTIVITY_NOT_FOUND.exception("stand-in: none"); }

    @Override public List<ActivityView> runningActivities(Instant at) { return List.of(); }

    @Override public List<PromotionOffer> runningOffers(Instant at) { return running; }
}
