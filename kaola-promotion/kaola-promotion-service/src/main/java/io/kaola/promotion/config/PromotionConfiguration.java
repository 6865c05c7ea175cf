package io.kaola.promotion.config;

import io.kaola.promotion.activity.application.ManageActivities;
import io.kaola.promotion.coupon.application.ExpireCoupons;
import io.kaola.promotion.coupon.application.ResendPendingGrants;
import io.kaola.promotion.storefront.application.BuildStorefront;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * The clock, and the sweeps every instance runs (each is idempotent, so two instances running one at once change
 * nothing twice): resend PENDING grant users, expire lapsed coupons, announce activities that started or ended, and
 * rebuild the storefront pages when something they show changed.
 */
@Configuration
public class PromotionConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PromotionConfiguration.class);

    private final ResendPendingGrants resend;
    private final ExpireCoupons expire;
    private final ManageActivities activities;
    private final BuildStorefront storefront;

    public PromotionConfiguration(ResendPendingGrants resend, ExpireCoupons expire, ManageActivities activities,
                                  BuildStorefront storefront) {
        this.resend = resend;
        this.expire = expire;
        this.activities = activities;
        this.storefront = storefront;
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

    /** Rebuilds the home page when marked dirty (and at start: it starts dirty), every {@code storefront-interval}. */
    @Scheduled(fixedDelayString = "${kaola.promotion.storefront-interval:2s}", initialDelayString = "1s")
    public void storefront() {
        try {
            storefront.rebuildIfDirty();
        } catch (RuntimeException e) {
            log.warn("storefront rebuild failed, next run will retry: {}", e.toString());
        }
    }
}
