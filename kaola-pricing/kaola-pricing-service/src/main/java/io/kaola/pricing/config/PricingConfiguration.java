package io.kaola.pricing.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The wiring of kaola-pricing: its settings ({@link PricingProperties}) and the clock that dates FX rates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
public class PricingConfiguration {
    /** Rates are dated in China's business day, whatever the server's zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** @return the clock that decides "today" for rates (Asia/Shanghai) */
    @Bean
    Clock pricingClock() { return Clock.system(BUSINESS_ZONE); }
}
