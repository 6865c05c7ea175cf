package io.kaola.promotion.coupon.messaging;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.coupon.application.IssueGrantedCoupon;
import org.springframework.stereotype.Component;

/** Issues one grant user's coupon (idempotent by grant and user: IssueGrantedCoupon). */
@Component
public class IssueOnCouponGrantRequested implements KaolaMessageListener<CouponGrantRequested> {
    private final IssueGrantedCoupon issue;

    public IssueOnCouponGrantRequested(IssueGrantedCoupon issue) { this.issue = issue; }

    @Override public String topic() { return CouponGrantRequested.TOPIC; }
    @Override public String consumerGroup() { return "promotion-issues-granted-coupons"; }
    @Override public Class<CouponGrantRequested> payloadType() { return CouponGrantRequested.class; }

    @Override
    public void onMessage(CouponGrantRequested payload, String key) { issue.handle(payload); }
}
