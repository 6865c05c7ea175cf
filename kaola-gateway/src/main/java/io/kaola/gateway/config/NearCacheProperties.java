package io.kaola.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The gateway's in-memory copies of read models ({@code kaola.gateway.near-cache.*}).
 *
 * @param productDetailTtl     the longest a product detail is kept without an invalidation, 30 s by default; 0
 *                             turns the near cache off (every read goes to kaola-product)
 * @param productDetailMaxSize the most product details kept, 10,000 by default
 */
@ConfigurationProperties("kaola.gateway.near-cache")
public record NearCacheProperties(Duration productDetailTtl, Long productDetailMaxSize) {
    public NearCacheProperties {
        if (productDetailTtl == null) productDetailTtl = Duration.ofSeconds(30);
        if (productDetailMaxSize == null) productDetailMaxSize = 10_000L;
        if (productDetailTtl.isNegative() || productDetailMaxSize < 1) {
            throw new IllegalArgumentException("kaola.gateway.near-cache: product-detail-ttl >= 0 and max-size >= 1");
        }
    }
}
