package io.kaola.payment.config;

import io.kaola.payment.refund.application.RetryRefunds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code kaola.payment.refund-retry-every} (default 5 s; 0 = never) runs {@link RetryRefunds}: refunds the
 * provider has not acknowledged are asked again, refunds due without a refund are requested. Each instance runs it;
 * every step is idempotent (the provider on refundNo, the request on its key).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RefundRetryScheduling implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(RefundRetryScheduling.class);

    private final RetryRefunds retry;
    private final PaymentProperties properties;

    public RefundRetryScheduling(RetryRefunds retry, PaymentProperties properties) {
        this.retry = retry;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.refundRetryEvery().isZero() || properties.refundRetryEvery().isNegative()) return;
        registrar.addFixedDelayTask(() -> {
            try {
                int found = retry.retry();
                if (found > 0) log.info("refund retry: {} refund(s) asked again or requested", found);
            } catch (RuntimeException e) {
                log.warn("refund retry failed: {}", e.toString());
            }
        }, properties.refundRetryEvery());
    }
}
