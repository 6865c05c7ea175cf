package io.kaola.payment.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of reconciliation ({@code kaola.payment.reconciliation.*}, docs/payments.md "Reconciliation").
 *
 * @param window how far back a run looks, up to its start (default 24 h)
 * @param cron   when the daily run starts, a Spring cron expression (default {@code 0 30 2 * * *}: 02:30); "-" = never
 * @param zone   the zone of {@code cron} (default Asia/Shanghai)
 */
@ConfigurationProperties("kaola.payment.reconciliation")
public record ReconciliationProperties(Duration window, String cron, ZoneId zone) {
    public ReconciliationProperties {
        if (window == null) window = Duration.ofHours(24);
        if (window.isZero() || window.isNegative()) throw new IllegalArgumentException("kaola.payment.reconciliation.window must be positive");
        if (cron == null || cron.isBlank()) cron = "0 30 2 * * *";
        if (zone == null) zone = ZoneId.of("Asia/Shanghai");
    }
}
