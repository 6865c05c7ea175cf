package io.kaola.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.gateway.config.LimitsProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The edge filters, right after TraceIdFilter (highest precedence) and before anything reads the request:
 * Cache-Control no-store for personal data first (so that it is on the 413/415 answers too), then the body caps.
 */
@Configuration
public class EdgeFilters {

    /** @return Cache-Control: no-store on {@link NoStoreFilter#PERSONAL_DATA_PATHS} */
    @Bean
    public FilterRegistrationBean<NoStoreFilter> noStoreFilter() {
        FilterRegistrationBean<NoStoreFilter> registration = new FilterRegistrationBean<>(new NoStoreFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** @return the body caps (kaola.gateway.limits.max-body; multipart only on the import path) */
    @Bean
    public FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(LimitsProperties limits, ObjectMapper json) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
