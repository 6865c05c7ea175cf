package io.kaola.logistics.config;

import io.kaola.logistics.carrier.infrastructure.CarrierGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Clock, and the guard that refuses to start without a carrier. */
@Configuration(proxyBeanMethods = false)
public class LogisticsConfiguration {

    /** Static: a bean factory post-processor runs before this configuration is instantiated. */
    @Bean
    public static CarrierGuard carrierGuard() { return new CarrierGuard(); }

    @Bean
    public Clock clock() { return Clock.systemUTC(); }
}
