package io.kaola.payment.config;

import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.reconciliation.application.RunReconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The daily reconciliation: {@link RunReconciliation} with trigger DAILY at {@code kaola.payment.reconciliation.cron}
 * in {@code kaola.payment.reconciliation.zone} (default 02:30 Asia/Shanghai; "-" = never). Every instance schedules
 * it (no leader until issue 14's scheduler): two instances both run, each under its own guard; the repairs take the
 * guarded normal paths, so the second finds them done, and two reports are stored (the later is "latest").
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReconciliationScheduling implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationScheduling.class);

    private final RunReconciliation reconciliation;
    private final ReconciliationProperties properties;

    public ReconciliationScheduling(RunReconciliation reconciliation, ReconciliationProperties properties) {
        this.reconciliation = reconciliation;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(properties.cron().trim())) return;
        registrar.addTriggerTask(() -> {
            try {
                ReconciliationReport report = reconciliation.run(ReconciliationTrigger.DAILY);
                log.info("daily reconciliation {}: {} finding(s), {} repaired, {} listed", report.reportId(),
                        report.findings().size(), report.repaired(), report.listed());
            } catch (RuntimeException e) {
                log.warn("daily reconciliation failed: {}", e.toString());
            }
        }, new CronTrigger(properties.cron(), properties.zone()));
    }
}
