package io.kaola.pricing;

import io.kaola.pricing.config.PricingConfiguration;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * kaola-pricing: converts supplier prices to CNY with dated FX rates, adds shipping by bonded warehouse and weight,
 * and the cross-border comprehensive tax with the per-transaction limit verdict (docs/cross-border.md §1, §2).
 * Settings and wiring: {@link PricingConfiguration}.
 */
@SpringBootApplication
@EnableDubbo
public class PricingApplication {
    public static void main(String[] args) {
        SpringApplication.run(PricingApplication.class, args);
    }
}
