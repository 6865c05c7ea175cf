package io.kaola.gateway.config;

import io.kaola.gateway.catalog.ProductDetailNearCache;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product-detail near cache on the shared Redisson client (client from redisson-spring-boot-starter). */
@Configuration
public class NearCacheConfiguration {

    /** @return the near cache of kaola.gateway.near-cache.*, closed with the context */
    @Bean
    public ProductDetailNearCache productDetailNearCache(RedissonClient redisson, NearCacheProperties properties) {
        return new ProductDetailNearCache(redisson, properties.productDetailTtl(), properties.productDetailMaxSize());
    }
}
