package io.kaola.promotion.api;

import io.kaola.common.error.KaolaException;
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
    CouponTemplateView createTemplate(CreateCouponTemplateRequest request) throws KaolaException;

    /** @return templates shoppers may claim at {@code at}: claimable, not exhausted, validity not over; newest first */
    List<CouponTemplateView> claimableTemplates(Instant at) throws KaolaException;

    /**
     * A shopper claims one coupon. The total count and the per-user limit hold under any concurrency.
     *
     * @return the new coupon, UNUSED
     * @throws io.kaola.common.error.KaolaException PROMOTION_TEMPLATE_NOT_FOUND, PROMOTION_TEMPLATE_NOT_CLAIMABLE,
     *         PROMOTION_TEMPLATE_EXHAUSTED, PROMOTION_CLAIM_LIMIT_REACHED
     */
    CouponView claim(long userId, long templateId, Instant at) throws KaolaException;

    /** @return the shopper's coupons, every status, newest first (a lapsed UNUSED one shows EXPIRED) */
    List<CouponView> coupons(long userId, Instant at) throws KaolaException;

    /**
     * Starts a bulk grant: one RocketMQ message per user, each issued once.
     *
     * @return its progress (pending = requested at first)
     * @throws io.kaola.common.error.KaolaException PROMOTION_TEMPLATE_NOT_FOUND, PROMOTION_INVALID_GRANT
     */
    GrantView grant(GrantRequest request) throws KaolaException;

    /**
     * @return the grant's progress
     * @throws io.kaola.common.error.KaolaException PROMOTION_GRANT_NOT_FOUND
     */
    GrantView grantProgress(String grantId) throws KaolaException;
}
