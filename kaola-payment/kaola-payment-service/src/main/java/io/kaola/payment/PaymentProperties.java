package io.kaola.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of kaola-payment ({@code kaola.payment.*}).
 *
 * @param workerId              snowflake worker id of this instance, 0..1023
 * @param checkBackGiveUpAfter  a PaymentSucceeded half message whose payment is still not SUCCEEDED after
 *                              this long is rolled back when the broker checks back (younger: UNKNOW, ask later)
 * @param sandbox               the sandbox provider
 */
@ConfigurationProperties("kaola.payment")
public record PaymentProperties(Integer workerId, Duration checkBackGiveUpAfter, Sandbox sandbox) {
    public PaymentProperties {
        if (workerId == null) workerId = 0;
        if (checkBackGiveUpAfter == null) checkBackGiveUpAfter = Duration.ofSeconds(60);
        if (sandbox == null) sandbox = new Sandbox(null, null, null, null, null, null);
    }

    /**
     * @param enabled         serve the sandbox cashier on this app's HTTP port
     * @param secret          HMAC-SHA256 key shared by the sandbox and the verifier (env KAOLA_PAYMENT_SANDBOX_SECRET);
     *                        blank: a random key per start
     * @param publicUrl       base URL of the cashier as shoppers reach it; pay URL = publicUrl + /sandbox/cashier/{paymentNo}
     * @param notifyUrl       where the sandbox POSTs notifications (the gateway's /api/payments/notify/sandbox)
     * @param firstRetryDelay delay before the 2nd notify attempt; doubles after each failure
     * @param maxAttempts     notify attempts before the sandbox gives up
     */
    public record Sandbox(Boolean enabled, String secret, String publicUrl, String notifyUrl, Duration firstRetryDelay,
                          Integer maxAttempts) {
        public Sandbox {
            if (enabled == null) enabled = true;
            if (publicUrl == null || publicUrl.isBlank()) publicUrl = "http://127.0.0.1:18086";
            if (notifyUrl == null || notifyUrl.isBlank()) notifyUrl = "http://127.0.0.1:8080/api/payments/notify/sandbox";
            if (firstRetryDelay == null) firstRetryDelay = Duration.ofSeconds(1);
            if (maxAttempts == null) maxAttempts = 8;
            publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }

        @Override public String toString() {   // keeps the secret out of logs and actuator dumps
            return "Sandbox[enabled=" + enabled + ", publicUrl=" + publicUrl + ", notifyUrl=" + notifyUrl + "]";
        }
    }
}
