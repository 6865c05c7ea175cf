package io.kaola.product.catalog.application;

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
 */
@Service
public class ProductDetails {
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
        Built built = build(spu);
        if (built.complete()) cache.put(built.detail());
        return built.detail();
    }

    /**
     * The detail as ops see it: read from the database (never the cache, never cached), published or not.
     * @throws io.kaola.common.error.KaolaException PRODUCT_NOT_FOUND (unknown)
     */
    public ProductDetail current(long spuId) {
        StoredProduct spu = spus.findById(spuId).orElse(null);
        if (spu == null) throw ProductError.NOT_FOUND.exception("no product with id " + spuId);
        return build(spu).detail();
    }

    private Built build(StoredProduct spu) {
        long spuId = spu.id();
        List<StoredSku> rows = skus.findBySpuId(spuId);
        Map<String, Money> supplierPrices = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (r.supplierPrice() != null) supplierPrices.put(r.skuCode(), r.supplierPrice());
        });
        UnitQuotes quotes = supplierPrices.isEmpty()
                ? new UnitQuotes(Map.of(), true) : pricing.quoteOneEach(supplierPrices);
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
        return new Built(detail, quotes.complete() && levels.isPresent());
    }

    /** Drops the cached detail of these products (after an ops edit or an import). */
    public void evict(List<Long> spuIds) { cache.evict(spuIds); }

    /** Drops the cached detail of the product that holds {@code skuCode}; unknown codes are ignored. */
    public void evictForSku(String skuCode) {
        Long spuId = skuCode == null ? null : skus.findSpuIdByCode(skuCode).orElse(null);
        if (spuId != null) cache.evict(List.of(spuId));
    }

    /** @param complete false when pricing or stock could not answer (then the detail is not cached) */
    private record Built(ProductDetail detail, boolean complete) {}
}
