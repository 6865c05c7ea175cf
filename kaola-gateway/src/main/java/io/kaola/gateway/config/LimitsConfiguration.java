package io.kaola.gateway.limits;

import io.kaola.gateway.config.LimitsProperties;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The edge limits on Redisson (client from redisson-spring-boot-starter, spring.data.redis.*). */
@Configuration
public class LimitsConfiguration {

    /** @return the limits of kaola.gateway.limits.* on the shared Redisson client */
    @Bean
    public EdgeLimits edgeLimits(RedissonClient redisson, LimitsProperties limits) {
        return new EdgeLimits(new RedissonLimiter(redisson, limits.keyPrefix()), limits);
    }
}
