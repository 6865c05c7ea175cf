package io.kaola.pricing;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/**
 * kaola-pricing: converts supplier prices to CNY with dated FX rates, adds shipping by bonded warehouse and weight,
 * and the cross-border comprehensive tax with the per-transaction limit verdict (docs/cross-border.md §1, §2).
 */
@SpringBootApplication
@EnableDubbo
@EnableConfigurationProperties(PricingProperties.class)
public class PricingApplication {
    /** Rates are dated in China's business day, whatever the server's zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(PricingApplication.class, args);
    }

    /** @return the clock that decides "today" for rates */
    @Bean
    Clock pricingClock() { return Clock.system(BUSINESS_ZONE); }
}
