package io.kaola.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The gateway's clock: Asia/Shanghai, the time zone of quota years and pricing dates. */
@Configuration
public class TimeConfig {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    public Clock clock() { return Clock.system(SHANGHAI); }
}
