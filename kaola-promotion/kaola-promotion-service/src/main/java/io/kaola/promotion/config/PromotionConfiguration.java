package io.kaola.promotion.config;

import io.kaola.promotion.activity.application.ManageActivities;
import io.kaola.promotion.coupon.application.ExpireCoupons;
import io.kaola.promotion.coupon.application.ResendPendingGrants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * The clock, and the sweeps every instance runs (each is idempotent, so two instances running one at once change
 * nothing twice): resend PENDING grant users, expire lapsed coupons, announce activities that started or ended.
 */
@Configuration
public class PromotionConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PromotionConfiguration.class);

    private final ResendPendingGrants resend;
    private final ExpireCoupons expire;
    private final ManageActivities activities;

    public PromotionConfiguration(ResendPendingGrants resend, ExpireCoupons expire, ManageActivities activities) {
        this.resend = resend;
        this.expire = expire;
        this.activities = activities;
    }

    /** @return UTC wall clock */
    @Bean
    public static Clock clock() { return Clock.systemUTC(); }

    /** Runs the sweeps every {@code kaola.promotion.sweep-interval}; a failing sweep is logged and tried next time. */
    @Scheduled(fixedDelayString = "${kaola.promotion.sweep-interval:30s}", initialDelayString = "${kaola.promotion.sweep-interval:30s}")
    public void sweep() {
        try {
            resend.resend();
            expire.expireLapsed();
            activities.announceStartsAndEnds();
        } catch (RuntimeException e) {
            log.warn("promotion sweep failed, next run will retry: {}", e.toString());
        }
    }
}
