package io.kaola.gateway.catalog;

import io.kaola.common.money.Money;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductDetailInvalidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances, each with its own Redis connection and near cache, against real Redis: a price change
 * that kaola-product announces (the message its {@code RedisProductDetailCache.evict} publishes, see
 * CatalogImportIT) is served by both within a second; what is not named stays cached; a load that raced an
 * invalidation is not kept; errors are not kept.
 */
class ProductDetailNearCacheIT {
    private static final long SPU = 23;

    private RedissonClient gatewayA;
    private RedissonClient gatewayB;
    private RedissonClient product;
    private ProductDetailNearCache nearA;
    private ProductDetailNearCache nearB;
    private final AtomicLong priceFen = new AtomicLong(1990);
    private final AtomicInteger loads = new AtomicInteger();
    private final LongFunction<ProductDetail> catalog = spuId -> {
        loads.incrementAndGet();
        return detail(spuId, priceFen.get());
    };

    @BeforeEach
    void connect() {
        gatewayA = redis();
        gatewayB = redis();
        product = redis();
        nearA = new ProductDetailNearCache(gatewayA, Duration.ofSeconds(30), 100);
        nearB = new ProductDetailNearCache(gatewayB, Duration.ofSeconds(30), 100);
    }

    @AfterEach
    void close() {
        nearA.close();
        nearB.close();
        gatewayA.shutdown();
        gatewayB.shutdown();
        product.shutdown();
    }

    @Test
    void a_price_change_is_served_by_both_instances_within_a_second() throws InterruptedException {
        assertThat(price(nearA.get(SPU, catalog))).isEqualTo(1990);
        assertThat(price(nearB.get(SPU, catalog))).isEqualTo(1990);
        assertThat(price(nearA.get(SPU, catalog))).isEqualTo(1990);
        assertThat(loads).as("the second read on A is served from memory").hasValue(2);

        priceFen.set(2490);
        long changed = System.nanoTime();
        announce(List.of(SPU));
        Duration a = awaitPrice(nearA, 2490, Duration.ofSeconds(1));
        Duration b = awaitPrice(nearB, 2490, Duration.ofSeconds(1));

        assertThat(a).as("instance A serves the new price within a second").isNotNull();
        assertThat(b).as("instance B serves the new price within a second").isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void an_invalidation_of_other_products_keeps_this_one_and_all_drops_it() throws InterruptedException {
        nearA.get(SPU, catalog);
        announce(List.of(SPU + 1, SPU + 2));
        Thread.sleep(300);   // give the message time to arrive: what is asserted is that it changes nothing
        nearA.get(SPU, catalog);
        assertThat(loads).hasValue(1);

        priceFen.set(2990);
        announce(null);   // "*": every product
        assertThat(awaitPrice(nearA, 2990, Duration.ofSeconds(1))).isNotNull();
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_detail_loaded_while_an_invalidation_arrived_is_returned_but_not_kept() {
        ProductDetail first = nearA.get(SPU, spuId -> {
            nearA.invalidate(Long.toString(spuId));   // the change lands while the old detail is on its way
            return detail(spuId, 1990);
        });
        assertThat(price(first)).isEqualTo(1990);
        assertThat(nearA.size()).isZero();

        priceFen.set(2490);
        assertThat(price(nearA.get(SPU, catalog))).isEqualTo(2490);
        assertThat(nearA.size()).isEqualTo(1);
    }

    @Test
    void errors_are_not_kept() {
        for (int i = 0; i < 2; i++) {
            try {
                nearA.get(SPU, spuId -> {
                    loads.incrementAndGet();
                    throw new IllegalStateException("no provider");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("no provider");
            }
        }
        assertThat(loads).hasValue(2);
        assertThat(nearA.size()).isZero();
    }

    @Test
    void a_detail_priced_earlier_is_served_but_not_kept() {
        ProductDetail stale = detail(SPU, 1990).asPriceStale();
        assertThat(nearA.get(SPU, spuId -> stale).priceStale()).isTrue();
        assertThat(nearA.size()).isZero();
        assertThat(nearA.get(SPU, catalog).priceStale()).isFalse();
        assertThat(nearA.size()).isEqualTo(1);
    }

    /** What kaola-product publishes after dropping its Redis copy; null: every product. */
    private void announce(List<Long> spuIds) {
        product.getTopic(ProductDetailInvalidation.CHANNEL, StringCodec.INSTANCE)
                .publish(spuIds == null ? ProductDetailInvalidation.ALL : ProductDetailInvalidation.message(spuIds));
    }

    /** @return how long until {@code near} served {@code fen}; null if not within {@code timeout} */
    private Duration awaitPrice(ProductDetailNearCache near, long fen, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (price(near.get(SPU, catalog)) == fen) return Duration.ofNanos(System.nanoTime() - start);
            Thread.sleep(5);
        }
        return null;
    }

    private static long price(ProductDetail detail) { return detail.skus().get(0).price().minor(); }

    private static ProductDetail detail(long spuId, long fen) {
        return new ProductDetail(spuId, "spu-" + spuId, Map.of("en", "Chair"), Map.of(), List.of("armchairs"),
                List.of(new ProductDetail.SkuView("SKU-" + spuId, Map.of(), List.of(), null, Money.cny(fen), null, true)));
    }

    private static RedissonClient redis() {
        Config config = new Config();
        config.useSingleServer().setAddress("redis://127.0.0.1:6379")
                .setConnectionMinimumIdleSize(1).setConnectionPoolSize(2)
                .setSubscriptionConnectionMinimumIdleSize(1).setSubscriptionConnectionPoolSize(2);
        return Redisson.create(config);
    }
}
