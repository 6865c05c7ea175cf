package io.kaola.payment.payment.infrastructure;

import io.kaola.common.id.IdGenerator;
import io.kaola.payment.PaymentProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Clock and payment-number generator. */
@Configuration(proxyBeanMethods = false)
public class PaymentInfrastructureConfiguration {

    @Bean
    public Clock clock() { return Clock.systemUTC(); }

    /** Payment numbers; worker id {@code kaola.payment.worker-id} must differ between running instances. */
    @Bean
    public IdGenerator paymentNumbers(PaymentProperties properties) { return new IdGenerator(properties.workerId()); }
}
