package io.kaola.gateway.grey;

import io.kaola.gateway.auth.JwtTokens;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link GreyRoutingInterceptor} on /api/**, after the authentication interceptors of WebConfig. */
@Configuration
public class GreyReleaseWebConfig implements WebMvcConfigurer {
    private final GreyReleases releases;
    private final JwtTokens tokens;

    public GreyReleaseWebConfig(GreyReleases releases, JwtTokens tokens) {
        this.releases = releases;
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new GreyRoutingInterceptor(releases, tokens)).addPathPatterns("/api/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
