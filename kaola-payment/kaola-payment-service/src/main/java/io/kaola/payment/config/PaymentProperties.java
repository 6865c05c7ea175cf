package io.kaola.payment.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of kaola-payment ({@code kaola.payment.*}); the sandbox provider's are
 * {@link SandboxProperties} ({@code kaola.payment.sandbox.*}, profile {@code sandbox}).
 *
 * @param workerId             snowflake worker id of this instance, 0..1023
 * @param checkBackGiveUpAfter a PaymentSucceeded half message whose payment is still not SUCCEEDED after
 *                             this long is rolled back when the broker checks back (younger: UNKNOW, ask later)
 * @param provider             the provider new payments are opened with (env KAOLA_PAYMENT_PROVIDER), e.g.
 *                             "sandbox"; blank: the only one configured
 * @param refundRetryEvery     how often the refund retry job runs (default 5 s; 0 = never)
 * @param refundRetryAfter     a PENDING refund the provider has not acknowledged, or a refund due without a refund,
 *                             older than this is asked again by the job (default 3 s)
 */
@ConfigurationProperties("kaola.payment")
public record PaymentProperties(Integer workerId, Duration checkBackGiveUpAfter, String provider,
                                Duration refundRetryEvery, Duration refundRetryAfter) {
    public PaymentProperties {
        if (workerId == null) workerId = 0;
        if (checkBackGiveUpAfter == null) checkBackGiveUpAfter = Duration.ofSeconds(60);
        if (refundRetryEvery == null) refundRetryEvery = Duration.ofSeconds(5);
        if (refundRetryAfter == null) refundRetryAfter = Duration.ofSeconds(3);
    }
}
