package io.kaola.order.config;

import io.kaola.order.trade.application.OrderJourney;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code kaola.order.unpaid-sweep} (default 1 minute; 0 = never) sweeps the shards for unpaid orders past
 * their timeout whose timer message was lost ({@link OrderJourney#sweepUnpaid}). Each instance sweeps; closing is
 * idempotent, so two instances closing one order is harmless (one leader per job comes with the scheduler work).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class UnpaidSweepScheduling implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(UnpaidSweepScheduling.class);
    private static final int BATCH = 200;

    private final OrderJourney journey;
    private final OrderProperties properties;

    public UnpaidSweepScheduling(OrderJourney journey, OrderProperties properties) {
        this.journey = journey;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.unpaidSweep().isZero() || properties.unpaidSweep().isNegative()) return;
        registrar.addFixedDelayTask(() -> {
            try {
                int found = journey.sweepUnpaid(BATCH);
                if (found > 0) log.info("unpaid sweep: {} order(s) past their timeout found", found);
            } catch (RuntimeException e) {
                log.warn("unpaid sweep failed: {}", e.toString());
            }
        }, properties.unpaidSweep());
    }
}
