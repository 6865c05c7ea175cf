package io.kaola.gateway.config;

import io.kaola.gateway.limits.LimitRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The gateway's abuse limits ({@code kaola.gateway.limits.*}; the why of each number: docs/edge-limits.md).
 * A rule absent from the configuration gets the default below.
 *
 * @param enabled              false turns every rate limit off (never in a deployment; body size stays capped)
 * @param keyPrefix            prefix of the limiters' Redis keys, default "kaola:gateway:limit:"
 * @param loginPerAccountAndIp failed logins for one account (normalised email) from one client IP: 5 per 15 min
 * @param loginPerIp           failed logins from one client IP, any account (password spraying): 50 per 15 min
 * @param loginPerAccount      failed logins for one account from any IP: 20 per 5 min (short, so that nobody can
 *                             lock an owner out for long)
 * @param identityPerUser      identity verification attempts (POST /api/me/identity) per user: 5 per 24 h
 * @param registerPerIp        registration attempts (POST /api/auth/register) per client IP: 20 per hour
 * @param seckillPerUser       flash-sale requests (POST /api/flash-sales/{id}/tokens and /attempts, every one) per
 *                             user: 20 per 10 s (anti-brushing, 防刷)
 * @param seckillPerIp         the same requests per client IP, any user (many accounts from one address): 600 per
 *                             10 s
 * @param maxBody              largest request body outside the catalogue import upload, default 64 KB
 */
@ConfigurationProperties("kaola.gateway.limits")
public record LimitsProperties(Boolean enabled, String keyPrefix, LimitRule loginPerAccountAndIp, LimitRule loginPerIp,
                               LimitRule loginPerAccount, LimitRule identityPerUser, LimitRule registerPerIp,
                               LimitRule seckillPerUser, LimitRule seckillPerIp, DataSize maxBody) {
    public LimitsProperties {
        if (enabled == null) enabled = true;
        if (keyPrefix == null || keyPrefix.isBlank()) keyPrefix = "kaola:gateway:limit:";
        if (loginPerAccountAndIp == null) loginPerAccountAndIp = new LimitRule(5, Duration.ofMinutes(15));
        if (loginPerIp == null) loginPerIp = new LimitRule(50, Duration.ofMinutes(15));
        if (loginPerAccount == null) loginPerAccount = new LimitRule(20, Duration.ofMinutes(5));
        if (identityPerUser == null) identityPerUser = new LimitRule(5, Duration.ofHours(24));
        if (registerPerIp == null) registerPerIp = new LimitRule(20, Duration.ofHours(1));
        if (seckillPerUser == null) seckillPerUser = new LimitRule(20, Duration.ofSeconds(10));
        if (seckillPerIp == null) seckillPerIp = new LimitRule(600, Duration.ofSeconds(10));
        if (maxBody == null) maxBody = DataSize.ofKilobytes(64);
        if (maxBody.toBytes() < 1) throw new IllegalArgumentException("kaola.gateway.limits.max-body must be positive");
    }
}
