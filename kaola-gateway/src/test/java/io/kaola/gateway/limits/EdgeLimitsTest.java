package io.kaola.gateway.limits;

import io.kaola.gateway.config.LimitsProperties;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisTimeoutException;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The policy on a counting table (no windows: EdgeLimitsIT checks those on Redis); fail-closed on a Redis that times out. */
class EdgeLimitsTest {
    /** Counts per (rule, subject), never forgetting: enough to check which events the policy counts. */
    static final class Counts implements Limiter {
        final Map<String, Integer> used = new HashMap<>();

        @Override public boolean isExhausted(String name, LimitRule rule, String subject) {
            return used.getOrDefault(name + "|" + subject, 0) >= rule.permits();
        }

        @Override public boolean tryAcquire(String name, LimitRule rule, String subject) {
            if (isExhausted(name, rule, subject)) return false;
            used.merge(name + "|" + subject, 1, Integer::sum);
            return true;
        }

        @Override public void reset(String name, LimitRule rule, String subject) { used.remove(name + "|" + subject); }
    }

    private final Counts counts = new Counts();
    private final EdgeLimits limits = new EdgeLimits(counts, new LimitsProperties(true, null,
            new LimitRule(2, Duration.ofMinutes(15)), new LimitRule(4, Duration.ofMinutes(10)),
            new LimitRule(3, Duration.ofMinutes(5)), new LimitRule(1, Duration.ofHours(24)),
            new LimitRule(1, Duration.ofHours(1)), new LimitRule(2, Duration.ofSeconds(10)),
            new LimitRule(3, Duration.ofSeconds(10)), null));

    @Test
    void the_defaults_are_the_documented_numbers() {
        LimitsProperties defaults = new LimitsProperties(null, null, null, null, null, null, null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.keyPrefix()).isEqualTo("kaola:gateway:limit:");
        assertThat(defaults.loginPerAccountAndIp()).isEqualTo(new LimitRule(5, Duration.ofMinutes(15)));
        assertThat(defaults.loginPerIp()).isEqualTo(new LimitRule(50, Duration.ofMinutes(15)));
        assertThat(defaults.loginPerAccount()).isEqualTo(new LimitRule(20, Duration.ofMinutes(5)));
        assertThat(defaults.identityPerUser()).isEqualTo(new LimitRule(5, Duration.ofHours(24)));
        assertThat(defaults.registerPerIp()).isEqualTo(new LimitRule(20, Duration.ofHours(1)));
        assertThat(defaults.seckillPerUser()).isEqualTo(new LimitRule(20, Duration.ofSeconds(10)));
        assertThat(defaults.seckillPerIp()).isEqualTo(new LimitRule(600, Duration.ofSeconds(10)));
        assertThat(defaults.maxBody().toBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void only_failures_count_and_the_answer_names_the_exhausted_rule_and_its_window() {
        limits.checkLogin("Ann@Example.com", "10.0.0.1");
        limits.loginFailed("Ann@Example.com", "10.0.0.1");
        limits.loginFailed(" ann@example.com ", "10.0.0.1");

        assertThatThrownBy(() -> limits.checkLogin("ann@example.com", "10.0.0.1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.RATE_LIMITED)).isTrue();
                    assertThat(e.kind().httpStatus()).isEqualTo(429);
                    assertThat(e.details()).containsEntry("limit", "login-account-ip").containsEntry("retryAfterSeconds", "900");
                });
        assertThatCode(() -> limits.checkLogin("ann@example.com", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void a_success_forgets_the_accounts_failures_from_that_ip_only() {
        limits.loginFailed("ann@example.com", "10.0.0.1");
        limits.loginFailed("ann@example.com", "10.0.0.1");
        limits.loginSucceeded("ann@example.com", "10.0.0.1");

        assertThatCode(() -> limits.checkLogin("ann@example.com", "10.0.0.1")).doesNotThrowAnyException();
        assertThat(counts.used).containsEntry("login-account|" + EdgeLimits.accountKey("ann@example.com"), 2);
    }

    @Test
    void failures_across_ips_exhaust_the_account_and_failures_across_accounts_exhaust_the_ip() {
        for (int ip = 1; ip <= 3; ip++) limits.loginFailed("bob@example.com", "10.0.1." + ip);
        assertThatThrownBy(() -> limits.checkLogin("bob@example.com", "10.0.1.9"))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.details()).containsEntry("limit", "login-account").containsEntry("retryAfterSeconds", "300"));

        for (int account = 1; account <= 4; account++) limits.loginFailed("user" + account + "@example.com", "10.0.2.1");
        assertThatThrownBy(() -> limits.checkLogin("someone@example.com", "10.0.2.1"))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.details()).containsEntry("limit", "login-ip").containsEntry("retryAfterSeconds", "600"));
    }

    @Test
    void registration_and_identity_count_every_attempt() {
        limits.acquireRegistration("10.0.3.1");
        assertThatThrownBy(() -> limits.acquireRegistration("10.0.3.1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.details()).containsEntry("limit", "register-ip"));
        limits.acquireIdentityVerification(7);
        assertThatThrownBy(() -> limits.acquireIdentityVerification(7))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.getMessage()).contains("ID-check provider"));
        assertThatCode(() -> limits.acquireIdentityVerification(8)).doesNotThrowAnyException();
    }

    @Test
    void the_account_is_the_sha256_of_the_normalised_email_never_the_email() {
        assertThat(EdgeLimits.accountKey(" Ann@Example.COM ")).isEqualTo(EdgeLimits.accountKey("ann@example.com"))
                .matches("[0-9a-f]{64}").doesNotContain("ann");
        assertThat(EdgeLimits.accountKey(null)).isEqualTo(EdgeLimits.accountKey(""));
    }

    @Test
    void disabled_limits_never_refuse() {
        EdgeLimits off = new EdgeLimits(counts, new LimitsProperties(false, null, new LimitRule(1, Duration.ofMinutes(1)),
                null, null, new LimitRule(1, Duration.ofMinutes(1)), new LimitRule(1, Duration.ofMinutes(1)),
                new LimitRule(1, Duration.ofSeconds(10)), new LimitRule(1, Duration.ofSeconds(10)), null));
        for (int i = 0; i < 3; i++) {
            off.loginFailed("a@example.com", "10.0.0.1");
            off.checkLogin("a@example.com", "10.0.0.1");
            off.acquireRegistration("10.0.0.1");
            off.acquireIdentityVerification(1);
            off.acquireFlashSaleRequest(1, "10.0.0.1");
        }
        assertThat(counts.used).isEmpty();
    }

    @Test
    void flash_sale_requests_count_per_user_whatever_the_ip() {
        limits.acquireFlashSaleRequest(21, "10.0.4.1");
        limits.acquireFlashSaleRequest(21, "10.0.4.2");

        assertThatThrownBy(() -> limits.acquireFlashSaleRequest(21, "10.0.4.3"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.RATE_LIMITED)).isTrue();
                    assertThat(e.kind().httpStatus()).isEqualTo(429);
                    assertThat(e.details()).containsEntry("limit", "seckill-user").containsEntry("retryAfterSeconds", "10");
                });
        assertThatCode(() -> limits.acquireFlashSaleRequest(22, "10.0.4.3")).as("another user").doesNotThrowAnyException();
        assertThat(counts.used).containsEntry("seckill-user|21", 2).containsEntry("seckill-user|22", 1);
    }

    @Test
    void flash_sale_requests_count_per_ip_whatever_the_user_and_a_users_refusal_costs_the_ip_nothing() {
        limits.acquireFlashSaleRequest(31, "10.0.5.1");
        limits.acquireFlashSaleRequest(31, "10.0.5.1");
        // over the per-user rule: refused before the IP is counted
        assertThatThrownBy(() -> limits.acquireFlashSaleRequest(31, "10.0.5.1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.details()).containsEntry("limit", "seckill-user"));
        assertThat(counts.used).containsEntry("seckill-ip|10.0.5.1", 2);

        limits.acquireFlashSaleRequest(32, "10.0.5.1");
        assertThatThrownBy(() -> limits.acquireFlashSaleRequest(33, "10.0.5.1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.RATE_LIMITED)).isTrue();
                    assertThat(e.details()).containsEntry("limit", "seckill-ip").containsEntry("retryAfterSeconds", "10");
                    assertThat(e.getMessage()).contains("from this address");
                });
        assertThatCode(() -> limits.acquireFlashSaleRequest(33, "10.0.5.2")).as("another IP").doesNotThrowAnyException();
    }

    @Test
    void flash_sale_limits_fail_closed_when_redis_does_not_answer() {
        RedissonClient redisson = mock(RedissonClient.class);
        RRateLimiter limiter = mock(RRateLimiter.class);
        when(redisson.getRateLimiter(anyString())).thenReturn(limiter);
        when(limiter.tryAcquire()).thenThrow(new RedisTimeoutException("Redis server response timeout"));
        EdgeLimits down = new EdgeLimits(new RedissonLimiter(redisson, "test:"),
                new LimitsProperties(null, null, null, null, null, null, null, null, null, null));

        assertThatThrownBy(() -> down.acquireFlashSaleRequest(41, "10.0.6.1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.SERVICE_UNAVAILABLE)).isTrue();
                    assertThat(e.kind().httpStatus()).isEqualTo(503);
                    assertThat(e.details()).containsEntry("retryAfterSeconds", "5");
                });
        verify(redisson).getRateLimiter("test:seckill-user:20per10000ms:41");
    }

    @Test
    void a_rule_needs_a_permit_and_a_window_of_a_second_and_rounds_retry_after_up() {
        assertThat(new LimitRule(3, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new LimitRule(3, Duration.ofMinutes(15)).retryAfterSeconds()).isEqualTo(900);
        assertThat(new LimitRule(5, Duration.ofMinutes(15)).spec()).isEqualTo("5per900000ms");
        assertThatThrownBy(() -> new LimitRule(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimitRule(1, Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
