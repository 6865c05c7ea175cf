package io.kaola.promotion.coupon.application;

import io.kaola.promotion.api.CouponGrantRequested;

import java.util.List;

/** Sends CouponGrantRequested messages (topic coupon-grant-requested), one per user of a committed grant. */
public interface CouponGrantPublisher {
    /**
     * @param messages the users to issue to, already committed as PENDING
     * @return the messages the broker stored (the rest stay PENDING for the resend sweep)
     */
    List<CouponGrantRequested> send(List<CouponGrantRequested> messages);
}
