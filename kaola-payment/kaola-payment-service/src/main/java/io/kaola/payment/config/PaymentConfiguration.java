package io.kaola.payment.config;

import io.kaola.common.id.IdGenerator;
import io.kaola.payment.charge.domain.PaymentNumbers;
import io.kaola.payment.charge.infrastructure.PaymentProviderGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Clock, payment numbers, and the guard that refuses to start without a payment provider. */
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
}
