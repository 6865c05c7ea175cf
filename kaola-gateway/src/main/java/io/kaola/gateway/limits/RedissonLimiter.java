package io.kaola.gateway.limits;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Limiter} on Redisson's {@link RRateLimiter} (RateType.OVERALL: one budget for all gateway instances; a
 * sliding window: a permit comes back one window after it was taken). Key:
 * {@code {keyPrefix}{name}:{rule.spec()}:{subject}}, so that a changed rule starts afresh instead of keeping the old
 * rate stored in Redis; the limiter's keys expire one window after their last use.
 * Fails closed: when Redis does not answer, the limited endpoint answers 503 COMMON_SERVICE_UNAVAILABLE
 * rather than letting unlimited guesses through.
 */
public class RedissonLimiter implements Limiter {
    private static final Logger log = LoggerFactory.getLogger(RedissonLimiter.class);

    private final RedissonClient redisson;
    private final String keyPrefix;

    /**
     * @param redisson  the client (spring.data.redis.*)
     * @param keyPrefix e.g. "kaola:gateway:limit:"
     */
    public RedissonLimiter(RedissonClient redisson, String keyPrefix) {
        this.redisson = redisson;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public boolean isExhausted(String name, LimitRule rule, String subject) {
        try {
            return limiter(name, rule, subject).availablePermits() <= 0;
        } catch (RedisException e) {
            throw unavailable(name, e);
        }
    }

    @Override
    public boolean tryAcquire(String name, LimitRule rule, String subject) {
        try {
            return limiter(name, rule, subject).tryAcquire();
        } catch (RedisException e) {
            throw unavailable(name, e);
        }
    }

    @Override
    public void reset(String name, LimitRule rule, String subject) {
        try {
            redisson.getRateLimiter(key(name, rule, subject)).delete();
        } catch (RedisException e) {
            throw unavailable(name, e);
        }
    }

    private RRateLimiter limiter(String name, LimitRule rule, String subject) {
        RRateLimiter limiter = redisson.getRateLimiter(key(name, rule, subject));
        // a no-op when it exists; keepAlive: the keys go away one window after the last acquisition
        limiter.trySetRate(RateType.OVERALL, rule.permits(), rule.window(), rule.window());
        return limiter;
    }

    private String key(String name, LimitRule rule, String subject) {
        return keyPrefix + name + ":" + rule.spec() + ":" + subject;
    }

    private static KaolaException unavailable(String name, RedisException e) {
        log.warn("rate limiter {} unavailable (Redis): {}", name, e.toString());
        return CommonError.SERVICE_UNAVAILABLE.exception("the rate limiter is unavailable; try again shortly")
                .with("retryAfterSeconds", 5);
    }
}
