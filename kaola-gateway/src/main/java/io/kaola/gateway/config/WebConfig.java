package io.kaola.gateway.config;

import io.kaola.gateway.auth.AuthInterceptor;
import io.kaola.gateway.auth.CallerArgumentResolver;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.gateway.risk.RiskInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Who may call what. Everything under /api needs an access token except {@link #PUBLIC_PATHS};
 * /api/admin/** also needs the OPS role. A new endpoint is therefore protected unless listed here.
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {
    static final String[] PUBLIC_PATHS = {
            "/api/auth/register", "/api/auth/login",
            "/api/categories", "/api/products", "/api/products/*", "/api/home", "/api/activities", "/api/activities/*",
            // the flash sales and one sale (GET); a sale's tokens and attempts, and an attempt, need a token
            "/api/flash-sales", "/api/flash-sales/*",
            "/api/payments/notify/*", "/api/payments/refund-notify/*", "/api/logistics/callbacks/*"};

    private final JwtTokens tokens;
    private final ObjectProvider<RiskInterceptor> risk;

    public WebConfig(JwtTokens tokens, ObjectProvider<RiskInterceptor> risk) {
        this.tokens = tokens;
        this.risk = risk;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthInterceptor(tokens, false))
                .addPathPatterns("/api/**").excludePathPatterns(PUBLIC_PATHS).excludePathPatterns("/api/admin/**");
        registry.addInterceptor(new AuthInterceptor(tokens, true)).addPathPatterns("/api/admin/**");
        // the blocklist (issue 13 §4), after the token is verified; never on the admin API, so ops can undo a block
        risk.ifAvailable(r -> registry.addInterceptor(r).addPathPatterns("/api/**").excludePathPatterns("/api/admin/**"));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    /** JSON bodies are read by {@link RedactingJsonConverter}, whose errors never quote the body. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(c -> c instanceof MappingJackson2HttpMessageConverter json
                && !(c instanceof RedactingJsonConverter) ? new RedactingJsonConverter(json.getObjectMapper()) : c);
    }
}
