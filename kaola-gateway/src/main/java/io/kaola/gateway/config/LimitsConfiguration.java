package io.kaola.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.gateway.limits.EdgeLimits;
import io.kaola.gateway.limits.LiveLimits;
import io.kaola.gateway.limits.RedissonLimiter;
import io.kaola.gateway.risk.RiskBlocks;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edge limits on Redisson (client from redisson-spring-boot-starter, spring.data.redis.*), their numbers live
 * from the governance tree ({@link LiveLimits}), every refusal counted by risk control ({@link RiskBlocks}).
 */
@Configuration
public class LimitsConfiguration {

    /** @return each rule's numbers now: default (kaola.gateway.limits.*) or override (limits/&lt;rule&gt; in ZooKeeper) */
    @Bean
    public LiveLimits liveLimits(GovernanceStore store, ObjectMapper json, LimitsProperties limits) {
        return new LiveLimits(store, json, limits);
    }

    /** @return the limits on the shared Redisson client */
    @Bean
    public EdgeLimits edgeLimits(RedissonClient redisson, LimitsProperties limits, LiveLimits rules, RiskBlocks blocks) {
        return new EdgeLimits(new RedissonLimiter(redisson, limits.keyPrefix()), limits, rules, blocks::blocked);
    }
}
