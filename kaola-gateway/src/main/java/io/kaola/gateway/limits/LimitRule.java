package io.kaola.gateway.limits;

import java.time.Duration;

/**
 * One rate limit: at most {@code permits} events in any sliding {@code window}.
 *
 * @param permits events allowed per window, at least 1
 * @param window  the sliding window, at least one second (Retry-After is given in whole seconds)
 */
public record LimitRule(int permits, Duration window) {
    public LimitRule {
        if (permits < 1) throw new IllegalArgumentException("a limit needs at least 1 permit, not " + permits);
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a limit's window must be at least 1s, not " + window);
        }
    }

    /** @return the window in whole seconds, rounded up: the longest a caller waits for a permit to come back */
    public long retryAfterSeconds() {
        long seconds = window.toSeconds();
        return window.toNanosPart() > 0 || window.toMillisPart() > 0 ? seconds + 1 : seconds;
    }

    /** @return e.g. "5per900s", part of the Redis key, so that a changed rule starts a fresh limiter */
    public String spec() { return permits + "per" + window.toMillis() + "ms"; }
}
