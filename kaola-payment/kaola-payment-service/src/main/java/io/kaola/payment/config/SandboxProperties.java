package io.kaola.payment.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;

import java.time.Duration;

/**
 * Settings of the sandbox payment provider ({@code kaola.payment.sandbox.*}); bound only with the {@code sandbox}
 * profile.
 *
 * @param secret           HMAC-SHA256 key shared by the sandbox and its adapter (env KAOLA_PAYMENT_SANDBOX_SECRET);
 *                         blank: a random key per start
 * @param publicUrl        base URL of the cashier as shoppers reach it; pay URL = publicUrl + /sandbox/cashier/{paymentNo}
 * @param notifyUrl        where the sandbox POSTs notifications (the gateway's /api/payments/notify/sandbox)
 * @param firstRetryDelay  delay before the 2nd notify attempt; doubles after each failure
 * @param maxAttempts      notify attempts before the sandbox gives up
 * @param confirmTokenTtl  how long a confirmation token handed out with a payment stays valid (default 30 min)
 * @param refundNotifyUrl  where the sandbox POSTs refund notifications (the gateway's /api/payments/refund-notify/sandbox)
 * @param refundDelay      how long a sandbox refund stays PROCESSING before it SUCCEEDS and is notified (default 300 ms)
 */
@Profile("sandbox")
@ConfigurationProperties("kaola.payment.sandbox")
public record SandboxProperties(String secret, String publicUrl, String notifyUrl, Duration firstRetryDelay,
                                Integer maxAttempts, Duration confirmTokenTtl, String refundNotifyUrl,
                                Duration refundDelay) {
    public SandboxProperties {
        if (publicUrl == null || publicUrl.isBlank()) publicUrl = "http://127.0.0.1:18086";
        if (notifyUrl == null || notifyUrl.isBlank()) notifyUrl = "http://127.0.0.1:8080/api/payments/notify/sandbox";
        if (firstRetryDelay == null) firstRetryDelay = Duration.ofSeconds(1);
        if (maxAttempts == null) maxAttempts = 8;
        if (confirmTokenTtl == null) confirmTokenTtl = Duration.ofMinutes(30);
        if (refundNotifyUrl == null || refundNotifyUrl.isBlank()) {
            refundNotifyUrl = "http://127.0.0.1:8080/api/payments/refund-notify/sandbox";
        }
        if (refundDelay == null) refundDelay = Duration.ofMillis(300);
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override public String toString() {   // keeps the secret out of logs and actuator dumps
        return "SandboxProperties[publicUrl=" + publicUrl + ", notifyUrl=" + notifyUrl + ", confirmTokenTtl="
                + confirmTokenTtl + ", refundNotifyUrl=" + refundNotifyUrl + ", refundDelay=" + refundDelay + "]";
    }
}
