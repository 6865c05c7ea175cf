package io.kaola.logistics.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;

import java.time.Duration;

/**
 * Settings of the sandbox carrier ({@code kaola.logistics.sandbox.*}); used only with the {@code sandbox} profile.
 *
 * @param secret          HMAC-SHA256 key of the pushes' DataSign (env KAOLA_CARRIER_SANDBOX_SECRET); blank: random
 *                        per start
 * @param callbackUrl     where pushes are POSTed (the gateway's /api/logistics/callbacks/sandbox)
 * @param delay           time between two pushes of a journey (env KAOLA_SANDBOX_CARRIER_DELAY, default 300 ms)
 * @param outOfOrder      every second pair of pushes is sent swapped (default true)
 * @param repeats         each push is sent this many times (default 2), 1..5
 * @param firstRetryDelay delay before the 2nd attempt of a push the callback did not acknowledge; doubles after
 * @param maxAttempts     attempts per push before the sandbox gives up on it
 */
@Profile("sandbox")
@ConfigurationProperties("kaola.logistics.sandbox")
public record SandboxCarrierProperties(String secret, String callbackUrl, Duration delay, Boolean outOfOrder,
                                       Integer repeats, Duration firstRetryDelay, Integer maxAttempts) {
    public SandboxCarrierProperties {
        if (callbackUrl == null || callbackUrl.isBlank()) {
            callbackUrl = "http://127.0.0.1:8080/api/logistics/callbacks/sandbox";
        }
        if (delay == null) delay = Duration.ofMillis(300);
        if (outOfOrder == null) outOfOrder = true;
        if (repeats == null) repeats = 2;
        if (firstRetryDelay == null) firstRetryDelay = Duration.ofSeconds(1);
        if (maxAttempts == null) maxAttempts = 6;
    }

    @Override public String toString() {   // keeps the secret out of logs and actuator dumps
        return "SandboxCarrierProperties[callbackUrl=" + callbackUrl + ", delay=" + delay + ", outOfOrder="
                + outOfOrder + ", repeats=" + repeats + "]";
    }
}
