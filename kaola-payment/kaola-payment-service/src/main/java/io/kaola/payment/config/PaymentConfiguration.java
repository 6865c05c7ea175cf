package io.kaola.payment.config;

import io.kaola.common.id.IdGenerator;
import io.kaola.payment.charge.domain.PaymentNumbers;
import io.kaola.payment.charge.infrastructure.PaymentProviderGuard;
import io.kaola.payment.refund.domain.RefundNumbers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Clock, payment and refund numbers, and the guard that refuses to start without a payment provider. */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

    /** Static: a bean factory post-processor runs before this configuration is instantiated. */
    @Bean
    public static PaymentProviderGuard paymentProviderGuard() { return new PaymentProviderGuard(); }

    @Bean
    public Clock clock() { return Clock.systemUTC(); }

    /** Payment numbers; worker id {@code kaola.payment.worker-id} must differ between running instances. */
    @Bean
    public PaymentNumbers paymentNumbers(PaymentProperties properties) {
        return new PaymentNumbers(new IdGenerator(properties.workerId()));
    }

    /** Refund numbers: "R" + a payment number. */
    @Bean
    public RefundNumbers refundNumbers(PaymentNumbers paymentNumbers) { return new RefundNumbers(paymentNumbers); }
}
