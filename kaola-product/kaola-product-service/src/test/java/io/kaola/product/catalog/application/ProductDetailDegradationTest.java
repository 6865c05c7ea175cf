package io.kaola.product.catalog.application;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.catalog.domain.ProductRepository;
import io.kaola.product.catalog.domain.SkuContent;
import io.kaola.product.catalog.domain.SkuRepository;
import io.kaola.product.catalog.domain.UnitQuotes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product detail's circuit breaker on kaola-pricing (issue 13 §1): with a slow (or failing) pricing stand-in, the
 * breaker of {@code sentinel/degrade-rules.json} opens, product detail answers from the last priced copy flagged
 * priceStale without calling pricing, and once pricing is healthy again a probe closes the breaker. The rules are the
 * versioned file's, with its thresholds scaled down so that the test runs in seconds (file: 500 ms, 10 calls in
 * 10 s, open 10 s; here: 100 ms, 5 calls, open 1 s).
 */
class ProductDetailDegradationTest {
    private static final long SPU = 42;

    private final SlowPricing pricing = new SlowPricing();
    private final LastPricedCache cache = new LastPricedCache();
    private ProductDetails details;

    @BeforeEach
    void rules() throws Exception {
        List<DegradeRule> rules = versionedRules();
        assertThat(rules).extracting(DegradeRule::getResource).containsOnly(ProductDetails.PRICING_RESOURCE);
        assertThat(rules).extracting(DegradeRule::getGrade).containsExactlyInAnyOrder(0, 1);   // slow-call ratio, error ratio
        for (DegradeRule r : rules) {
            if (r.getGrade() == 0) r.setCount(100);   // max RT of a "fast" call, ms
            r.setMinRequestAmount(5);
            r.setStatIntervalMs(5000);
            r.setTimeWindow(1);
        }
        DegradeRuleManager.loadRules(rules);
        details = new ProductDetails(new OneProduct(), new OneSku(), cache, pricing, new AlwaysInStock());
    }

    @AfterEach
    void noRules() {
        DegradeRuleManager.loadRules(List.of());
    }

    @Test
    void slow_pricing_opens_the_breaker_the_last_priced_detail_answers_flagged_and_a_healthy_pricing_closes_it() throws Exception {
        ProductDetail fresh = details.get(SPU);
        assertThat(fresh.priceStale()).isFalse();
        assertThat(fresh.skus().get(0).price()).isEqualTo(Money.cny(7800));

        pricing.delayMs.set(150);
        pricing.fen.set(9900);   // pricing's slow answers are still answers: served, priced now
        int slowCalls = 0;
        while (slowCalls < 20 && !details.get(SPU).priceStale()) slowCalls++;
        // 5 calls in the window (the fast one and 4 slow: 80 % slow > 50 %) open it, each one before answered. Sentinel's
        // 5 s statistics window is aligned to the clock: when it rolls over during the loop its counts restart, and
        // 5 more slow calls are needed (at most 4 + 5)
        assertThat(slowCalls).as("slow answers before the breaker opened").isBetween(4, 9);

        int callsWhenOpened = pricing.calls.get();
        long t = System.nanoTime();
        ProductDetail degraded = details.get(SPU);
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertThat(degraded.priceStale()).as("breaker open: the last priced copy").isTrue();
        assertThat(degraded.skus().get(0).price()).isEqualTo(Money.cny(9900));
        assertThat(pricing.calls.get()).as("no call to pricing while open").isEqualTo(callsWhenOpened);
        assertThat(ms).as("answered without waiting for pricing").isLessThan(100);

        pricing.delayMs.set(0);
        pricing.fen.set(8800);
        Thread.sleep(1100);   // the breaker's time window: the next call is a probe (HALF_OPEN)
        ProductDetail probed = details.get(SPU);
        assertThat(probed.priceStale()).isFalse();
        assertThat(probed.skus().get(0).price()).isEqualTo(Money.cny(8800));
        for (int i = 0; i < 5; i++) assertThat(details.get(SPU).priceStale()).as("closed again").isFalse();
    }

    @Test
    void failing_pricing_answers_from_the_last_priced_copy_then_stops_calling_it() {
        details.get(SPU);
        pricing.down.set(true);
        for (int i = 0; i < 5; i++) {
            ProductDetail d = details.get(SPU);
            assertThat(d.priceStale()).isTrue();
            assertThat(d.skus().get(0).price()).isEqualTo(Money.cny(7800));
        }
        int calls = pricing.calls.get();
        for (int i = 0; i < 10; i++) assertThat(details.get(SPU).priceStale()).isTrue();
        assertThat(pricing.calls.get()).as("error ratio over 50 %: breaker open").isEqualTo(calls);
    }

    @Test
    void without_a_last_priced_copy_the_detail_comes_without_prices_and_unflagged() {
        pricing.down.set(true);
        ProductDetail d = details.get(SPU);
        assertThat(d.priceStale()).isFalse();
        assertThat(d.skus().get(0).price()).isNull();
        assertThat(cache.lastPriced).isEmpty();
    }

    @Test
    void a_currency_pricing_refuses_is_not_an_outage() {
        details.get(SPU);
        pricing.refuses.set(true);
        for (int i = 0; i < 10; i++) {
            ProductDetail d = details.get(SPU);
            assertThat(d.priceStale()).isFalse();
            assertThat(d.skus().get(0).price()).isNull();
        }
        assertThat(pricing.calls.get()).as("never opened").isEqualTo(11);
    }

    static List<DegradeRule> versionedRules() throws Exception {
        try (InputStream in = ProductDetailDegradationTest.class.getResourceAsStream("/sentinel/degrade-rules.json")) {
            assertThat(in).as("sentinel/degrade-rules.json on the class path").isNotNull();
            return Arrays.asList(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DegradeRule[].class));
        }
    }

    /** kaola-pricing as product detail sees it: every unit costs {@code fen}, answered after {@code delayMs}, or down. */
    static final class SlowPricing implements PricingClient {
        final AtomicLong delayMs = new AtomicLong();
        final AtomicLong fen = new AtomicLong(7800);
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicBoolean refuses = new AtomicBoolean();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public UnitQuotes quoteOneEach(Map<String, Money> supplierPrices) {
            calls.incrementAndGet();
            try {
                Thread.sleep(delayMs.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (down.get()) return new UnitQuotes(Map.of(), false, true);
            if (refuses.get()) return new UnitQuotes(Map.of(), false, false);
            Map<String, PriceQuote.LineQuote> lines = new HashMap<>();
            supplierPrices.forEach((sku, price) -> {
                Money unit = Money.cny(fen.get());
                lines.put(sku, new PriceQuote.LineQuote(sku, 1, price,
                        new FxRateView("USD", "CNY", new BigDecimal("7.8"), LocalDate.of(2026, 1, 1), "test"),
                        unit, unit, Money.cny(0), Money.cny(0), Money.cny(0), unit));
            });
            return new UnitQuotes(lines, true);
        }
    }

    /** Never serves the short-lived copy (every read builds), keeps the last priced one like Redis does. */
    static final class LastPricedCache implements ProductDetailCache {
        final Map<Long, ProductDetail> lastPriced = new HashMap<>();
        @Override public Optional<ProductDetail> find(long spuId) { return Optional.empty(); }
        @Override public void put(ProductDetail detail) { lastPriced.put(detail.spuId(), detail); }
        @Override public void evict(Collection<Long> spuIds) { }
        @Override public Optional<ProductDetail> findLastPriced(long spuId) { return Optional.ofNullable(lastPriced.get(spuId)); }
    }

    static final class OneProduct implements ProductRepository {
        @Override
        public Optional<StoredProduct> findById(long spuId) {
            return Optional.of(new StoredProduct(spuId, "chair", Map.of("en", "Chair"), Map.of(), true, "GENERAL", true, null));
        }
        @Override public List<String> categoryKeys(long spuId) { return List.of("armchairs"); }
        @Override public long countPublished(String categoryKey) { return 1; }
        @Override public List<ProductSummary> findPublishedPage(String categoryKey, long offset, int size) { return List.of(); }
        @Override public int updateTaxProfile(long spuId, String t, Boolean i, boolean c, String h) { return 0; }
    }

    static final class OneSku implements SkuRepository {
        @Override
        public List<StoredSku> findBySpuId(long spuId) {
            return List.of(new StoredSku("SKU-1", Map.of(), List.of(), new Money(1000, "USD")));
        }
        @Override public List<StoredSnapshot> findSnapshots(Collection<String> skuCodes) { return List.of(); }
        @Override public Optional<Long> findSpuIdByCode(String skuCode) { return Optional.of(SPU); }
        @Override public Optional<LockedContent> lockContent(String skuCode) { return Optional.empty(); }
        @Override public void updateContent(String skuCode, SkuContent content) { }
    }

    static final class AlwaysInStock implements StockClient {
        @Override
        public Optional<Map<String, StockLevel>> levels(String warehouseCode, List<String> skuCodes) {
            Map<String, StockLevel> m = new HashMap<>();
            skuCodes.forEach(c -> m.put(c, new StockLevel(c, warehouseCode, 10, 0, 10)));
            return Optional.of(m);
        }
        @Override public SetStockResult setStock(String warehouseCode, List<SetStockRequest.Entry> entries) { throw new UnsupportedOperationException(); }
    }
}
