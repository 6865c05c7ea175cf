package io.kaola.user.config;

import io.kaola.user.quota.domain.AnnualQuota;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The annual quota rule from {@link QuotaProperties}. */
@Configuration(proxyBeanMethods = false)
public class QuotaConfiguration {

    /** @throws IllegalArgumentException (the start fails) on a year basis other than CALENDAR or a limit <= 0 */
    @Bean
    AnnualQuota annualQuota(QuotaProperties properties) {
        if (!"CALENDAR".equalsIgnoreCase(properties.yearBasis())) {
            throw new IllegalArgumentException("kaola.quota.year-basis must be CALENDAR, not " + properties.yearBasis());
        }
        return new AnnualQuota(properties.annualLimitFen(), AnnualQuota.CHINA, properties.countTax());
    }
}
