package io.kaola.product.config;

import io.kaola.product.catalogimport.domain.CatalogReader;
import io.kaola.product.catalogimport.domain.SupplierPriceChoice;
import io.kaola.product.catalogimport.domain.Weights;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the plain domain classes and of the Redis client's pool. */
@Configuration(proxyBeanMethods = false)
public class ProductConfiguration {

    @Bean
    public CatalogReader catalogReader(CatalogProperties properties) {
        return new CatalogReader(new SupplierPriceChoice(properties.priceCurrencyPreference(), properties.priceChannels()),
                new Weights(properties.defaultWeightGrams()), properties.taxProfileMapping(), properties.supplyChannels());
    }

    @Bean
    public Clock clock() { return Clock.systemUTC(); }

    /** Small pools: several services share one Redis and two cores in development. */
    @Bean
    public RedissonAutoConfigurationCustomizer smallRedissonPools() {
        return config -> {
            config.setThreads(4).setNettyThreads(8);
            config.useSingleServer().setConnectionPoolSize(8).setConnectionMinimumIdleSize(2)
                    .setSubscriptionConnectionPoolSize(4).setSubscriptionConnectionMinimumIdleSize(1);
        };
    }
}
