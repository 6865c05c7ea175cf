package io.kaola.promotion.api;

import io.kaola.common.rpc.CallableBy;

import java.time.Instant;
import java.util.List;

/** Coupon templates, claims and grants: what the gateway serves to ops and shoppers. */
@CallableBy("kaola-gateway")
public interface CouponTemplateService {
    /**
     * @return the new template
     * @throws io.kaola.common.error.KaolaException PROMOTION_INVALID_TEMPLATE naming the field
     */
    CouponTemplateView createTemplate(CreateCouponTemplateRequest request);

    /** @return templates shoppers may claim at {@code at}: claimable, not exhausted, validity not over; newest first */
    List<CouponTemplateView> claimableTemplates(Instant at);

    /**
     * A shopper claims one coupon. The total count and the per-user limit hold under any concurrency.
     *
     * @return the new coupon, UNUSED
     * @throws io.kaola.common.error.KaolaException PROMOTION_TEMPLATE_NOT_FOUND, PROMOTION_TEMPLATE_NOT_CLAIMABLE,
     *         PROMOTION_TEMPLATE_EXHAUSTED, PROMOTION_CLAIM_LIMIT_REACHED
     */
    CouponView claim(long userId, long templateId, Instant at);

    /** @return the shopper's coupons, every status, newest first (a lapsed UNUSED one shows EXPIRED) */
    List<CouponView> coupons(long userId, Instant at);

    /**
     * Starts a bulk grant: one RocketMQ message per user, each issued once.
     *
     * @return its progress (pending = requested at first)
     * @throws io.kaola.common.error.KaolaException PROMOTION_TEMPLATE_NOT_FOUND, PROMOTION_INVALID_GRANT
     */
    GrantView grant(GrantRequest request);

    /**
     * @return the grant's progress
     * @throws io.kaola.common.error.KaolaException PROMOTION_GRANT_NOT_FOUND
     */
    GrantView grantProgress(String grantId);
}
