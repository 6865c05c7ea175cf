package io.kaola.gateway.config;

import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.CouponTemplateService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * kaola-promotion's templates, claims, grants and activities. Reads are retried on another provider; a claim or a
 * new template is not (a retried claim could take a second coupon); a grant is idempotent on its grant id.
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
}
