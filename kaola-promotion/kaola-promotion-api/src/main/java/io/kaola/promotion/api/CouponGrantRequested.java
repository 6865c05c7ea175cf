package io.kaola.promotion.api;

import java.io.Serializable;

/**
 * RocketMQ topic {@value #TOPIC}: one user of a bulk grant to issue a coupon to. The consumer issues it at most once
 * per (grantId, userId), so a redelivery changes nothing.
 *
 * @param grantId    the grant
 * @param templateId the template
 * @param userId     the user
 */
public record CouponGrantRequested(String grantId, long templateId, long userId) implements Serializable {
    /** The topic. */
    public static final String TOPIC = "coupon-grant-requested";
}
