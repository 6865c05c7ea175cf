package io.kaola.gateway.governance;

import io.kaola.common.boot.governance.FeatureSwitches;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link SentinelGuard} on /api/**, after the authentication interceptors of WebConfig (order 100), so the
 * caller is known for the per-user checkout rule. The admin API passes too (group {@code admin}), under a generous
 * rule, so that ops are never locked out by the flow rules they change.
 */
@Configuration
public class GovernanceWebConfig implements WebMvcConfigurer {
    private final ObjectProvider<FeatureSwitches> switches;

    public GovernanceWebConfig(ObjectProvider<FeatureSwitches> switches) {
        this.switches = switches;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SentinelGuard(switches.getIfAvailable())).addPathPatterns("/api/**").order(100);
    }
}
