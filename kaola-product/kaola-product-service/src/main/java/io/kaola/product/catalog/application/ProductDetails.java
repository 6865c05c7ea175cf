package io.kaola.product.catalog.application;

import io.kaola.common.money.Money;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.Warehouses;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.catalog.domain.StoredJson;
import io.kaola.product.catalog.infrastructure.PricingClient;
import io.kaola.product.catalog.infrastructure.ProductDetailCache;
import io.kaola.product.catalog.infrastructure.SkuMapper;
import io.kaola.product.catalog.infrastructure.SkuRow;
import io.kaola.product.catalog.infrastructure.SpuMapper;
import io.kaola.product.catalog.infrastructure.SpuRow;
import io.kaola.product.catalog.infrastructure.StockClient;
import io.kaola.product.config.CatalogProperties;
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
    private final SpuMapper spus;
    private final SkuMapper skus;
    private final ProductDetailCache cache;
    private final PricingClient pricing;
    private final StockClient stock;
    private final CatalogProperties properties;

    public ProductDetails(SpuMapper spus, SkuMapper skus, ProductDetailCache cache, PricingClient pricing,
                          StockClient stock, CatalogProperties properties) {
        this.spus = spus;
        this.skus = skus;
        this.cache = cache;
        this.pricing = pricing;
        this.stock = stock;
        this.properties = properties;
    }

    /**
     * @return the detail of a published product, master variant first
     * @throws io.kaola.common.error.KaolaException PRODUCT_NOT_FOUND (unknown or unpublished)
     */
    public ProductDetail get(long spuId) {
        Optional<ProductDetail> cached = cache.find(spuId);
        if (cached.isPresent()) return cached.get();
        SpuRow spu = spus.findById(spuId);
        if (spu == null || !spu.published()) {
            throw ProductError.NOT_FOUND.exception("no published product with id " + spuId);
        }
        Built built = build(spu);
        if (built.complete()) cache.put(built.detail(), properties.detailCacheTtl());
        return built.detail();
    }

    /**
     * The detail as ops see it: read from the database (never the cache, never cached), published or not.
     * @throws io.kaola.common.error.KaolaException PRODUCT_NOT_FOUND (unknown)
     */
    public ProductDetail current(long spuId) {
        SpuRow spu = spus.findById(spuId);
        if (spu == null) throw ProductError.NOT_FOUND.exception("no product with id " + spuId);
        return build(spu).detail();
    }

    private Built build(SpuRow spu) {
        long spuId = spu.id();
        List<SkuRow> rows = skus.findBySpuId(spuId);
        Map<String, Money> supplierPrices = new LinkedHashMap<>();
        rows.forEach(r -> {
            Money price = StoredJson.price(r.supplierPriceMinor(), r.supplierCurrency());
            if (price != null) supplierPrices.put(r.skuCode(), price);
        });
        PricingClient.Quotes quotes = supplierPrices.isEmpty()
                ? new PricingClient.Quotes(Map.of(), true) : pricing.quoteOneEach(supplierPrices);
        List<String> codes = rows.stream().map(SkuRow::skuCode).toList();
        Optional<Map<String, StockLevel>> levels = codes.isEmpty() ? Optional.of(Map.of())
                : stock.levels(Warehouses.DEFAULT_BONDED, codes);

        List<ProductDetail.SkuView> views = new ArrayList<>();
        for (SkuRow row : rows) {
            PriceQuote.LineQuote line = quotes.lines().get(row.skuCode());
            StockLevel level = levels.map(l -> l.get(row.skuCode())).orElse(null);
            views.add(new ProductDetail.SkuView(row.skuCode(), StoredJson.attributes(row.attributesJson()),
                    StoredJson.imageUrls(row.imagesJson()), supplierPrices.get(row.skuCode()),
                    line == null ? null : line.unitPrice(), line == null ? null : line.fxRate(),
                    level != null && level.isInStock()));
        }
        ProductDetail detail = new ProductDetail(spu.id(), spu.spuKey(), StoredJson.localized(spu.nameJson()),
                StoredJson.localized(spu.descriptionJson()), new ArrayList<>(spus.findCategoryKeys(spuId)), views,
                spu.taxCategoryCode(), spu.importable());
        return new Built(detail, quotes.complete() && levels.isPresent());
    }

    /** Drops the cached detail of these products (after an ops edit or an import). */
    public void evict(List<Long> spuIds) { cache.evict(spuIds); }

    /** Drops the cached detail of the product that holds {@code skuCode}; unknown codes are ignored. */
    public void evictForSku(String skuCode) {
        Long spuId = skuCode == null ? null : skus.findSpuIdByCode(skuCode);
        if (spuId != null) cache.evict(List.of(spuId));
    }

    /** @param complete false when pricing or stock could not answer (then the detail is not cached) */
    private record Built(ProductDetail detail, boolean complete) {}
}
