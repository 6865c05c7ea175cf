package io.kaola.product.catalog.application;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import io.kaola.common.money.Money;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.Warehouses;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.catalog.domain.ProductRepository;
import io.kaola.product.catalog.domain.ProductRepository.StoredProduct;
import io.kaola.product.catalog.domain.SkuRepository;
import io.kaola.product.catalog.domain.SkuRepository.StoredSku;
import io.kaola.product.catalog.domain.UnitQuotes;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product-detail read model: served from Redis, built on a miss from the database, kaola-pricing
 * (CNY price of one unit per SKU) and kaola-inventory (in stock in the default bonded warehouse).
 * A detail built while pricing or stock could not answer is served (prices null, or in-stock false)
 * but not cached, so that the next read tries again instead of showing the gap for the whole TTL.
 * Evicted by the import when the product or its SKUs change, by ops edits of its cross-border data
 * (CatalogAdminService), and on SkuStockChanged. A detail built
 * from a read that raced an import's commit can be cached just after the eviction; the TTL bounds
 * how long such a stale detail lives.
 *
 * <p>Degradation (issue 13 §1; docs/governance.md): the call to kaola-pricing is the Sentinel resource
 * {@value #PRICING_RESOURCE}, guarded by the circuit breaker of {@code sentinel/degrade-rules.json} (slow-call ratio
 * and error ratio). When pricing is slow, failing or its breaker open, a product that was priced before is answered
 * from its last priced copy ({@link ProductDetailCache#findLastPriced}) flagged {@link ProductDetail#priceStale()},
 * with no call to pricing while the breaker is open; once a probe call succeeds the breaker closes and details are
 * priced again. Checkout never uses this: kaola-order prices an order itself and refuses when pricing cannot answer.
 */
@Service
public class ProductDetails {
    /** The Sentinel resource of product detail's call to kaola-pricing (its degrade rules target it). */
    public static final String PRICING_RESOURCE = "kaola-product:detail-pricing";

    private final ProductRepository spus;
    private final SkuRepository skus;
    private final ProductDetailCache cache;
    private final PricingClient pricing;
    private final StockClient stock;

    public ProductDetails(ProductRepository spus, SkuRepository skus, ProductDetailCache cache, PricingClient pricing,
                          StockClient stock) {
        this.spus = spus;
        this.skus = skus;
        this.cache = cache;
        this.pricing = pricing;
        this.stock = stock;
    }

    /**
     * @return the detail of a published product, master variant first
     * @throws io.kaola.common.error.KaolaException PRODUCT_NOT_FOUND (unknown or unpublished)
     */
    public ProductDetail get(long spuId) {
        Optional<ProductDetail> cached = cache.find(spuId);
        if (cached.isPresent()) return cached.get();
        StoredProduct spu = spus.findById(spuId).orElse(null);
        if (spu == null || !spu.published()) {
            throw ProductError.NOT_FOUND.exception("no published product with id " + spuId);
        }
        Built built = build(spu, true);
        if (built.complete()) {
            cache.put(built.detail());
        } else if (built.pricingDegraded()) {
            Optional<ProductDetail> lastPriced = cache.findLastPriced(spuId);
            if (lastPriced.isPresent()) return lastPriced.get().asPriceStale();
        }
        return built.detail();
    }

    /**
     * The detail as ops see it: read from the database (never the cache, never cached), published or not.
     * @throws io.kaola.common.error.KaolaException PRODUCT_NOT_FOUND (unknown)
     */
    public ProductDetail current(long spuId) {
        StoredProduct spu = spus.findById(spuId).orElse(null);
        if (spu == null) throw ProductError.NOT_FOUND.exception("no product with id " + spuId);
        return build(spu, false).detail();
    }

    private Built build(StoredProduct spu, boolean guarded) {
        long spuId = spu.id();
        List<StoredSku> rows = skus.findBySpuId(spuId);
        Map<String, Money> supplierPrices = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (r.supplierPrice() != null) supplierPrices.put(r.skuCode(), r.supplierPrice());
        });
        UnitQuotes quotes = supplierPrices.isEmpty() ? new UnitQuotes(Map.of(), true)
                : guarded ? guardedQuotes(supplierPrices) : pricing.quoteOneEach(supplierPrices);
        List<String> codes = rows.stream().map(StoredSku::skuCode).toList();
        Optional<Map<String, StockLevel>> levels = codes.isEmpty() ? Optional.of(Map.of())
                : stock.levels(Warehouses.DEFAULT_BONDED, codes);

        List<ProductDetail.SkuView> views = new ArrayList<>();
        for (StoredSku row : rows) {
            PriceQuote.LineQuote line = quotes.lines().get(row.skuCode());
            StockLevel level = levels.map(l -> l.get(row.skuCode())).orElse(null);
            views.add(new ProductDetail.SkuView(row.skuCode(), new LinkedHashMap<>(row.attributes()),
                    new ArrayList<>(row.imageUrls()), supplierPrices.get(row.skuCode()),
                    line == null ? null : line.unitPrice(), line == null ? null : line.fxRate(),
                    level != null && level.isInStock()));
        }
        ProductDetail detail = new ProductDetail(spu.id(), spu.key(), spu.name(),
                spu.description(), new ArrayList<>(spus.categoryKeys(spuId)), views,
                spu.taxCategoryCode(), spu.importable());
        return new Built(detail, quotes.complete() && levels.isPresent(), quotes.pricingDown());
    }

    /**
     * The pricing call inside its circuit breaker: an outage ({@link UnitQuotes#pricingDown()}) counts as an error, a
     * slow answer as a slow call; while the breaker is open pricing is not called and the quotes are "down".
     */
    private UnitQuotes guardedQuotes(Map<String, Money> supplierPrices) {
        Entry entry;
        try {
            entry = SphU.entry(PRICING_RESOURCE, EntryType.OUT);
        } catch (BlockException open) {
            return new UnitQuotes(Map.of(), false, true);
        }
        try {
            UnitQuotes quotes = pricing.quoteOneEach(supplierPrices);
            if (quotes.pricingDown()) Tracer.traceEntry(new IllegalStateException("kaola-pricing did not answer"), entry);
            return quotes;
        } finally {
            entry.exit();
        }
    }

    /** Drops the cached detail of these products (after an ops edit or an import). */
    public void evict(List<Long> spuIds) { cache.evict(spuIds); }

    /** Drops the cached detail of the product that holds {@code skuCode}; unknown codes are ignored. */
    public void evictForSku(String skuCode) {
        Long spuId = skuCode == null ? null : skus.findSpuIdByCode(skuCode).orElse(null);
        if (spuId != null) cache.evict(List.of(spuId));
    }

    /**
     * @param complete        false when pricing or stock could not answer (then the detail is not cached)
     * @param pricingDegraded true when pricing failed or its breaker is open (then the last priced copy is served)
     */
    private record Built(ProductDetail detail, boolean complete, boolean pricingDegraded) {}
}
