package io.kaola.promotion.coupon.infrastructure;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.coupon.application.CouponGrantPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@link CouponGrantPublisher} on RocketMQ (topic coupon-grant-requested, key: grantId:userId). */
@Component
public class RocketMqCouponGrantPublisher implements CouponGrantPublisher {
    private static final Logger log = LoggerFactory.getLogger(RocketMqCouponGrantPublisher.class);

    private final MessagePublisher publisher;

    public RocketMqCouponGrantPublisher(MessagePublisher publisher) { this.publisher = publisher; }

    @Override
    public List<CouponGrantRequested> send(List<CouponGrantRequested> messages) {
        List<CouponGrantRequested> sent = new ArrayList<>(messages.size());
        for (CouponGrantRequested m : messages) {
            try {
                publisher.send(CouponGrantRequested.TOPIC, m.grantId() + ":" + m.userId(), m);
                sent.add(m);
            } catch (RuntimeException e) {
                log.warn("grant {} user {} not sent now (the resend sweep will): {}", m.grantId(), m.userId(), e.toString());
            }
        }
        return sent;
    }
}
