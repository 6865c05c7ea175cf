package io.kaola.payment;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kaola-payment: payment orders and provider notifications, a Dubbo provider of
 * {@link io.kaola.payment.api.PaymentService}; also hosts the sandbox payment provider
 * ({@code /sandbox/cashier/**}) unless {@code kaola.payment.sandbox.enabled=false}.
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class PaymentApplication {
    public static void main(String[] args) {
        SpringApplication.run(PaymentApplication.class, args);
    }
}
