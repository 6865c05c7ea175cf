package io.kaola.customs;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kaola-customs: builds and sends the order, payment and waybill declarations and the inventory list of every paid
 * order, applies customs' receipts and publishes {@link io.kaola.customs.api.CustomsStatusChanged}
 * (docs/customs.md). With the {@code sandbox} profile (and only then) it also hosts the simulated single window
 * ({@code /sandbox/single-window/**}).
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class CustomsApplication {
    public static void main(String[] args) {
        SpringApplication.run(CustomsApplication.class, args);
    }
}
