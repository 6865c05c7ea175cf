package io.kaola.gateway.limits;

/**
 * Counts events against a {@link LimitRule} per subject (an account, an IP, a user), shared by every gateway
 * instance. Implemented with Redisson's RRateLimiter ({@link RedissonLimiter}).
 */
public interface Limiter {

    /**
     * @param name    the rule's name, e.g. "login-ip"
     * @param rule    the rule
     * @param subject who is counted, e.g. an IP address or a hashed email
     * @return true when no permit is left in the current window (the next event would be over the limit)
     */
    boolean isExhausted(String name, LimitRule rule, String subject);

    /**
     * Counts one event.
     *
     * @return true when it was within the limit, false when it was over (nothing counted then)
     */
    boolean tryAcquire(String name, LimitRule rule, String subject);

    /** Forgets the subject's events for this rule (e.g. after a successful login from that account and IP). */
    void reset(String name, LimitRule rule, String subject);
}
