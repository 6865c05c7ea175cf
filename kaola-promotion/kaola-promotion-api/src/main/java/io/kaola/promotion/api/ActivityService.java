package io.kaola.promotion.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;
import io.kaola.pricing.api.PromotionOffer;

import java.time.Instant;
import java.util.List;

/** Activities: created by ops (gateway), read by shoppers' pages (gateway) and by checkout (kaola-order). */
public interface ActivityService {
    /**
     * @return the new activity
     * @throws io.kaola.common.error.KaolaException PROMOTION_INVALID_ACTIVITY naming the field
     */
    @CallableBy("kaola-gateway")
    ActivityView createActivity(CreateActivityRequest request) throws KaolaException;

    /**
     * @return the activity
     * @throws io.kaola.common.error.KaolaException PROMOTION_ACTIVITY_NOT_FOUND
     */
    ActivityView activity(long id) throws KaolaException;

    /** @return activities running at {@code at}, in priority order (oldest first) */
    List<ActivityView> runningActivities(Instant at) throws KaolaException;

    /** @return the activities running at {@code at} as offers for kaola-pricing, in priority order (id = activity id) */
    List<PromotionOffer> runningOffers(Instant at) throws KaolaException;
}
