package io.kaola.gateway.config;

import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.CouponTemplateService;
import io.kaola.promotion.api.FlashSaleService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * kaola-promotion's templates, claims, grants, activities and flash sales. Reads are retried on another provider; a
 * claim or a new template is not (a retried claim could take a second coupon); a grant is idempotent on its grant id.
 */
@Configuration
public class PromotionClients {
    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0, methods = {
            @Method(name = "claimableTemplates", timeout = 2000, retries = 2),
            @Method(name = "coupons", timeout = 2000, retries = 2),
            @Method(name = "grantProgress", timeout = 2000, retries = 2),
            @Method(name = "grant", timeout = 15000, retries = 1)})
    public ReferenceBean<CouponTemplateService> couponTemplateService() { return new ReferenceBeanBuilder().build(); }

    @Bean
    @DubboReference(check = false, timeout = 2000, retries = 2, methods = {
            @Method(name = "createActivity", timeout = 3000, retries = 0)})
    public ReferenceBean<ActivityService> activityService() { return new ReferenceBeanBuilder().build(); }

    /**
     * Flash sales. Only the reads (the sale, the current sales, an attempt's status) are retried. An attempt is never
     * retried: its token is consumed by the first try, so a retry after a timeout would answer BAD_TOKEN and hide an
     * admission that did happen (the shopper would not learn its attemptId). Creating a sale holds stock in
     * kaola-inventory and is not idempotent, hence its longer timeout and no retry; ending, reconciling and a new
     * token are not retried either (ops and the shopper repeat them; ending is idempotent).
     */
    @Bean
    @DubboReference(check = false, timeout = 3000, retries = 0, methods = {
            @Method(name = "attempt", timeout = 3000, retries = 0),
            @Method(name = "createFlashSale", timeout = 5000, retries = 0),
            @Method(name = "flashSale", timeout = 2000, retries = 2),
            @Method(name = "currentFlashSales", timeout = 2000, retries = 2),
            @Method(name = "attemptStatus", timeout = 2000, retries = 2)})
    public ReferenceBean<FlashSaleService> flashSaleService() { return new ReferenceBeanBuilder().build(); }
}
