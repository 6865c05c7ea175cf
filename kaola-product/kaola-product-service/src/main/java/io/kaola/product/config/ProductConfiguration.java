package io.kaola.product.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.product.catalog.application.ProductDetailCache;
import io.kaola.product.catalog.infrastructure.RedisProductDetailCache;
import io.kaola.product.catalogimport.application.CatalogSource;
import io.kaola.product.catalogimport.domain.SupplierPriceChoice;
import io.kaola.product.catalogimport.domain.Weights;
import io.kaola.product.catalogimport.infrastructure.commercetools.CommercetoolsCatalogSource;
import org.redisson.api.RedissonClient;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wiring of what takes settings ({@link CatalogProperties}): the catalogue import's source (the commercetools
 * format, with the import rules it applies) and the product-detail cache; plus the clock and the Redis
 * client's pool. The features themselves read no settings, so that config depends on them and not back.
 */
@Configuration(proxyBeanMethods = false)
public class ProductConfiguration {

    /** @return the commercetools reader with the price choice, weights, tax mapping and supply channels of {@code kaola.catalog} */
    @Bean
    public CatalogSource catalogSource(CatalogProperties properties) {
        return new CommercetoolsCatalogSource(new SupplierPriceChoice(properties.priceCurrencyPreference(), properties.priceChannels()),
                new Weights(properties.defaultWeightGrams()), properties.taxProfileMapping(), properties.supplyChannels());
    }

    /** @return the product-detail cache in Redis, entries living {@code kaola.catalog.detail-cache-ttl} */
    @Bean
    public ProductDetailCache productDetailCache(RedissonClient redisson, ObjectMapper json, CatalogProperties properties) {
        return new RedisProductDetailCache(redisson, json, properties.detailCacheTtl());
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
