package io.kaola.customs.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;

import java.time.Duration;

/**
 * The sandbox single window ({@code kaola.customs.sandbox.*}); bound only with the {@code sandbox} profile.
 *
 * @param delay time between two receipts of one declaration, also the jitter's bound (env KAOLA_SANDBOX_CUSTOMS_DELAY,
 *              default 300ms: a walkthrough order is released within a few seconds)
 * @param chaos true: each receipt is delivered up to {@code delay} late (so out of order) and about one in four twice;
 *              false: in order, once (env KAOLA_SANDBOX_CUSTOMS_CHAOS)
 * @param seed  fixes the jitter and the duplicates (env KAOLA_SANDBOX_CUSTOMS_SEED); null: random
 */
@Profile("sandbox")
@ConfigurationProperties("kaola.customs.sandbox")
public record SandboxSingleWindowProperties(Duration delay, Boolean chaos, Long seed) {
    public SandboxSingleWindowProperties {
        if (delay == null || delay.isNegative()) delay = Duration.ofMillis(300);
        if (chaos == null) chaos = true;
    }
}
