package io.kaola.gateway.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Risk control at the gateway (issue 13 §4): the blocklist from the governance tree and the block counts in Redis. */
@Configuration
public class RiskConfiguration {

    /** @return the per-rule block counters (shared with kaola-order through Redis) */
    @Bean
    public RiskBlocks riskBlocks(RedissonClient redisson) { return new RiskBlocks(redisson); }

    /** @return the blocklist, live from the governance tree */
    @Bean
    public GatewayBlocklist gatewayBlocklist(GovernanceStore store, ObjectMapper json) {
        return new GatewayBlocklist(store, json);
    }

    /** @return the interceptor WebConfig registers on /api/** but /api/admin/** */
    @Bean
    public RiskInterceptor riskInterceptor(GatewayBlocklist blocklist, RiskBlocks blocks) {
        return new RiskInterceptor(blocklist, blocks);
    }
}
