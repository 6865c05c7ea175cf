package io.kaola.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Order anti-spam ({@code kaola.order.risk.*}; docs/governance.md#risk-control). Each rule can be overridden live
 * from the governance tree ({@code limits/order-burst-per-phone}, {@code limits/order-burst-per-identity}, through
 * the gateway's {@code PUT /api/admin/limits/{rule}}).
 *
 * @param enabled          false turns the anti-spam counters off (the blocklist still applies); default true
 * @param keyPrefix        Redis key prefix of the counters, default {@code kaola:order:burst:}
 * @param burstPerPhone    distinct accounts per address phone: default 10 per hour
 * @param burstPerIdentity distinct accounts per identity (identity key): default 3 per 24 hours
 */
@ConfigurationProperties("kaola.order.risk")
public record OrderRiskProperties(Boolean enabled, String keyPrefix, Rule burstPerPhone, Rule burstPerIdentity) {
    public OrderRiskProperties {
        if (enabled == null) enabled = true;
        if (keyPrefix == null || keyPrefix.isBlank()) keyPrefix = "kaola:order:burst:";
        burstPerPhone = Rule.orDefault(burstPerPhone, new Rule(10, Duration.ofHours(1)));
        burstPerIdentity = Rule.orDefault(burstPerIdentity, new Rule(3, Duration.ofHours(24)));
    }

    /**
     * @param permits distinct accounts allowed per window
     * @param window  the sliding window
     */
    public record Rule(Integer permits, Duration window) {
        /** @return {@code rule} with each field it leaves out (only permits set, say) taken from {@code fallback} */
        static Rule orDefault(Rule rule, Rule fallback) {
            if (rule == null) return fallback;
            return new Rule(rule.permits() == null ? fallback.permits() : rule.permits(),
                    rule.window() == null ? fallback.window() : rule.window());
        }
    }
}
