package io.kaola.promotion.config;

import io.kaola.promotion.activity.application.ManageActivities;
import io.kaola.promotion.coupon.application.ExpireCoupons;
import io.kaola.promotion.coupon.application.ResendPendingGrants;
import io.kaola.promotion.storefront.application.BuildStorefront;
import io.kaola.promotion.seckill.application.ManageFlashSales;
import io.kaola.promotion.seckill.application.ReconcileFlashSales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * The clock, and the sweeps every instance runs (each is idempotent, so two instances running one at once change
 * nothing twice): resend PENDING grant users, expire lapsed coupons, announce activities that started or ended, and
 * rebuild the storefront pages when something they show changed; end flash sales at their end and reconcile them.
 */
@Configuration
public class PromotionConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PromotionConfiguration.class);

    private final ResendPendingGrants resend;
    private final ExpireCoupons expire;
    private final ManageActivities activities;
    private final BuildStorefront storefront;
    private final ManageFlashSales flashSales;
    private final ReconcileFlashSales reconcileFlashSales;

    public PromotionConfiguration(ResendPendingGrants resend, ExpireCoupons expire, ManageActivities activities,
                                  BuildStorefront storefront, ManageFlashSales flashSales,
                                  ReconcileFlashSales reconcileFlashSales) {
        this.flashSales = flashSales;
        this.reconcileFlashSales = reconcileFlashSales;
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

    /**
     * Flash sales: ends those past their end (unsold units back to stock) and warms held ones Redis lost, every
     * {@code kaola.promotion.seckill.sweep-interval}.
     */
    @Scheduled(fixedDelayString = "${kaola.promotion.seckill.sweep-interval:2s}", initialDelayString = "2s")
    public void flashSales() {
        try {
            flashSales.sweep();
        } catch (RuntimeException e) {
            log.warn("flash-sale sweep failed, next run will retry: {}", e.toString());
        }
    }

    /** The flash-sale reconciliation job, every {@code kaola.promotion.seckill.reconcile-interval}. */
    @Scheduled(fixedDelayString = "${kaola.promotion.seckill.reconcile-interval:10s}",
            initialDelayString = "${kaola.promotion.seckill.reconcile-interval:10s}")
    public void reconcileFlashSales() {
        try {
            reconcileFlashSales.reconcileAll();
        } catch (RuntimeException e) {
            log.warn("flash-sale reconciliation failed, next run will retry: {}", e.toString());
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
