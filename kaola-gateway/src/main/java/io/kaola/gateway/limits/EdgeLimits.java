package io.kaola.gateway.limits;

import io.kaola.gateway.config.LimitsProperties;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.risk.RiskSubjects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The abuse limits of the gateway's costly or guessable endpoints (issue 7 §4; numbers and reasons:
 * docs/edge-limits.md), on a shared {@link Limiter}:
 * <ul>
 *   <li>login: only <em>failed</em> logins count, against three rules: per account and client IP, per client IP
 *       (any account) and per account (any IP). While any of them is exhausted, a login for that account from that
 *       IP is refused with 429 before the password is checked. A successful login forgets that account's failures
 *       from that IP. Every permit comes back one window after it was taken, so the owner can log in again at the
 *       latest one window after the last failure;</li>
 *   <li>registration: every attempt counts, per client IP;</li>
 *   <li>identity verification: every attempt counts, per user (each costs a call to the ID-check provider);</li>
 *   <li>flash sale (秒杀, anti-brushing): every attempt-token request and every attempt counts, per user and per
 *       client IP, before kaola-promotion is asked.</li>
 * </ul>
 * Each rule's {permits, window} is its default from {@code kaola.gateway.limits.*} or the live override ops set in the
 * governance tree ({@link LiveLimits}, {@code limits/<rule>}); every refusal is reported to risk control (one
 * {@code RISK blocked} log line and the rule's block count).
 * An account is counted under the SHA-256 of its normalised email (trimmed, NFC, lower case), so that no email is
 * stored in Redis. The client IP is the socket's remote address (see docs/edge-limits.md for proxies).
 */
public class EdgeLimits {
    static final String LOGIN_ACCOUNT_IP = "login-account-ip";
    static final String LOGIN_IP = "login-ip";
    static final String LOGIN_ACCOUNT = "login-account";
    static final String REGISTER_IP = "register-ip";
    static final String IDENTITY_USER = "identity-user";
    static final String SECKILL_USER = "seckill-user";
    static final String SECKILL_IP = "seckill-ip";

    private final Limiter limiter;
    private final LimitsProperties limits;
    private final LiveLimits rules;
    private final BiConsumer<String, String> blocked;

    /**
     * The rules of the properties, no override, blocks not counted (unit tests).
     *
     * @param limiter the shared counters
     * @param limits  the rules; with {@code enabled=false} every check passes
     */
    public EdgeLimits(Limiter limiter, LimitsProperties limits) {
        this(limiter, limits, new LiveLimits(null, null, limits), (rule, subject) -> { });
    }

    /**
     * @param limiter the shared counters
     * @param limits  {@code enabled=false} turns every check off
     * @param rules   each rule's numbers now (default or live override from the governance tree)
     * @param blocked told of every refusal: the rule ({@code limit.<name>}) and the masked subject (risk control's
     *                block count and log line)
     */
    public EdgeLimits(Limiter limiter, LimitsProperties limits, LiveLimits rules, BiConsumer<String, String> blocked) {
        this.limiter = limiter;
        this.limits = limits;
        this.rules = rules;
        this.blocked = blocked;
    }

    /**
     * Before a password is checked.
     *
     * @param email    the email as sent (any case, may be null)
     * @param clientIp the socket's remote address
     * @throws KaolaException COMMON_RATE_LIMITED (429) with retryAfterSeconds (the longest window among the exhausted
     *         rules) and limit (which rule) when any login rule is exhausted for this account or IP
     */
    public void checkLogin(String email, String clientIp) {
        if (!limits.enabled()) return;
        String account = accountKey(email);
        List<String> exhausted = new ArrayList<>();
        long retryAfter = 0;
        if (limiter.isExhausted(LOGIN_ACCOUNT_IP, rules.rule("login-per-account-and-ip"), account + ":" + clientIp)) {
            exhausted.add(LOGIN_ACCOUNT_IP);
            blocked.accept("limit.login-per-account-and-ip", "account:" + account.substring(0, 12) + "… " + RiskSubjects.ip(clientIp));
            retryAfter = Math.max(retryAfter, rules.rule("login-per-account-and-ip").retryAfterSeconds());
        }
        if (limiter.isExhausted(LOGIN_IP, rules.rule("login-per-ip"), clientIp)) {
            exhausted.add(LOGIN_IP);
            blocked.accept("limit.login-per-ip", RiskSubjects.ip(clientIp));
            retryAfter = Math.max(retryAfter, rules.rule("login-per-ip").retryAfterSeconds());
        }
        if (limiter.isExhausted(LOGIN_ACCOUNT, rules.rule("login-per-account"), account)) {
            exhausted.add(LOGIN_ACCOUNT);
            blocked.accept("limit.login-per-account", "account:" + account.substring(0, 12) + "…");
            retryAfter = Math.max(retryAfter, rules.rule("login-per-account").retryAfterSeconds());
        }
        if (!exhausted.isEmpty()) {
            throw rateLimited("too many failed logins for this account or from this address; try again in at most "
                    + retryAfter + " seconds", retryAfter, String.join(",", exhausted));
        }
    }

    /** After the provider refused the email and password (USER_BAD_CREDENTIALS): counts one failure per rule. */
    public void loginFailed(String email, String clientIp) {
        if (!limits.enabled()) return;
        String account = accountKey(email);
        limiter.tryAcquire(LOGIN_ACCOUNT_IP, rules.rule("login-per-account-and-ip"), account + ":" + clientIp);
        limiter.tryAcquire(LOGIN_IP, rules.rule("login-per-ip"), clientIp);
        limiter.tryAcquire(LOGIN_ACCOUNT, rules.rule("login-per-account"), account);
    }

    /**
     * After a successful login: forgets this account's failures from this IP. The per-IP and per-account counts
     * stay, so that an attacker who also knows one password gains no guesses on other accounts.
     */
    public void loginSucceeded(String email, String clientIp) {
        if (!limits.enabled()) return;
        limiter.reset(LOGIN_ACCOUNT_IP, rules.rule("login-per-account-and-ip"), accountKey(email) + ":" + clientIp);
    }

    /**
     * Counts one registration attempt.
     *
     * @throws KaolaException COMMON_RATE_LIMITED (429) with retryAfterSeconds when over kaola.gateway.limits.register-per-ip
     */
    public void acquireRegistration(String clientIp) {
        if (!limits.enabled()) return;
        if (!limiter.tryAcquire(REGISTER_IP, rules.rule("register-per-ip"), clientIp)) {
            blocked.accept("limit.register-per-ip", RiskSubjects.ip(clientIp));
            long retryAfter = rules.rule("register-per-ip").retryAfterSeconds();
            throw rateLimited("too many registrations from this address; try again in at most " + retryAfter
                    + " seconds", retryAfter, REGISTER_IP);
        }
    }

    /**
     * Counts one identity verification attempt.
     *
     * @throws KaolaException COMMON_RATE_LIMITED (429) with retryAfterSeconds when over kaola.gateway.limits.identity-per-user
     */
    public void acquireIdentityVerification(long userId) {
        if (!limits.enabled()) return;
        if (!limiter.tryAcquire(IDENTITY_USER, rules.rule("identity-per-user"), Long.toString(userId))) {
            blocked.accept("limit.identity-per-user", RiskSubjects.user(userId));
            long retryAfter = rules.rule("identity-per-user").retryAfterSeconds();
            throw rateLimited("too many identity verification attempts for this account; each one asks the "
                    + "ID-check provider. Check the name and number against the identity card and try again in at most "
                    + retryAfter + " seconds", retryAfter, IDENTITY_USER);
        }
    }

    /**
     * Counts one flash-sale request (an attempt token or an attempt) against kaola.gateway.limits.seckill-per-user,
     * then kaola.gateway.limits.seckill-per-ip. A request the per-user rule refuses is not counted against the IP, so
     * one shopper brushing from a shared address (an office, a campus NAT) cannot use up the others' budget.
     *
     * @param userId   the shopper (from the access token)
     * @param clientIp the socket's remote address
     * @throws KaolaException COMMON_RATE_LIMITED (429) with retryAfterSeconds (the rule's window) and limit
     *         (seckill-user or seckill-ip) when over either rule; COMMON_SERVICE_UNAVAILABLE (503) when Redis does
     *         not answer (fails closed)
     */
    public void acquireFlashSaleRequest(long userId, String clientIp) {
        if (!limits.enabled()) return;
        if (!limiter.tryAcquire(SECKILL_USER, rules.rule("seckill-per-user"), Long.toString(userId))) {
            blocked.accept("limit.seckill-per-user", RiskSubjects.user(userId));
            long retryAfter = rules.rule("seckill-per-user").retryAfterSeconds();
            throw rateLimited("too many flash-sale requests from this account; try again in at most " + retryAfter
                    + " seconds", retryAfter, SECKILL_USER);
        }
        if (!limiter.tryAcquire(SECKILL_IP, rules.rule("seckill-per-ip"), clientIp)) {
            blocked.accept("limit.seckill-per-ip", RiskSubjects.ip(clientIp));
            long retryAfter = rules.rule("seckill-per-ip").retryAfterSeconds();
            throw rateLimited("too many flash-sale requests from this address; try again in at most " + retryAfter
                    + " seconds", retryAfter, SECKILL_IP);
        }
    }

    /**
     * @param email as sent; null counts as ""
     * @return 64 hex digits: SHA-256 of the email trimmed, NFC-normalised and in lower case, as kaola-user compares it
     */
    public static String accountKey(String email) {
        String normalised = email == null ? ""
                : Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static KaolaException rateLimited(String detail, long retryAfterSeconds, String limit) {
        return CommonError.RATE_LIMITED.exception(detail).with("retryAfterSeconds", retryAfterSeconds).with("limit", limit);
    }
}
