package io.kaola.gateway.config;

import io.kaola.gateway.limits.LimitRule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kaola.gateway.limits.* as Spring Boot binds it: application.yml's rules, overridden from the environment. */
class LimitsPropertiesTest {

    @Test
    void the_flash_sale_rules_bind_from_the_configuration_and_the_environment_overrides_them() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("application.yml", Map.of(
                "kaola.gateway.limits.seckill-per-user.permits", "20", "kaola.gateway.limits.seckill-per-user.window", "10s",
                "kaola.gateway.limits.seckill-per-ip.permits", "600", "kaola.gateway.limits.seckill-per-ip.window", "10s")));
        sources.addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "KAOLA_GATEWAY_LIMITS_SECKILL_PER_IP_PERMITS", "1200",
                "KAOLA_GATEWAY_LIMITS_SECKILL_PER_USER_WINDOW", "30s")));

        LimitsProperties limits = new Binder(ConfigurationPropertySources.from(sources), null,
                ApplicationConversionService.getSharedInstance())
                .bind("kaola.gateway.limits", LimitsProperties.class).get();

        assertThat(limits.seckillPerIp()).isEqualTo(new LimitRule(1200, Duration.ofSeconds(10)));
        assertThat(limits.seckillPerUser()).isEqualTo(new LimitRule(20, Duration.ofSeconds(30)));
        assertThat(limits.registerPerIp()).as("an absent rule has its default").isEqualTo(new LimitRule(20, Duration.ofHours(1)));
    }
}
