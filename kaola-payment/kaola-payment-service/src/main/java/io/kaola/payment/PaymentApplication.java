package io.kaola.payment;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kaola-payment: payment orders and provider notifications, a Dubbo provider of
 * {@link io.kaola.payment.api.PaymentService}. Payment providers are adapters
 * ({@link io.kaola.payment.charge.application.PaymentProviderAdapter}, docs/payments.md); with the {@code sandbox}
 * profile (and only then) it also hosts the sandbox payment provider ({@code /sandbox/cashier/**}). Without the profile
 * and without a real provider it refuses to start.
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class PaymentApplication {
    public static void main(String[] args) {
        SpringApplication.run(PaymentApplication.class, args);
    }
}
