package io.kaola.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.TestInfra;
import io.kaola.inventory.api.SkuStockChanged;
import io.kaola.inventory.api.Warehouses;
import io.kaola.pricing.api.NetContent;
import io.kaola.pricing.api.PricingError;
import io.kaola.product.api.CatalogAdminService;
import io.kaola.product.api.CatalogImportService;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ImportCatalogRequest;
import io.kaola.product.api.ImportReport;
import io.kaola.product.api.ImportReport.Counts;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.ProductSummary;
import io.kaola.product.api.ProductChanged;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.api.UpdateSkuContentRequest;
import io.kaola.product.api.UpdateTaxProfileRequest;
import io.kaola.product.api.ProductDetailInvalidation;
import io.kaola.product.catalog.infrastructure.RedisProductDetailCache;
import io.kaola.product.testsupport.FixedRatePricing;
import io.kaola.product.testsupport.FixedTaxCategories;
import io.kaola.product.testsupport.InMemoryStock;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Component test of kaola-product: real MariaDB, Redis, embedded ZooKeeper and RocketMQ; kaola-pricing and
 * kaola-inventory stood in for by {@link FixedRatePricing} and {@link InMemoryStock} (Dubbo services in
 * this context). The service is called through remote Dubbo references, so every API record crosses the
 * wire. The tests share one database and run in order: first import, re-import, refusals, reads, then the
 * cross-border data: the tax mapping of the import, ops edits (CatalogAdminService) and what re-imports keep.
 * kaola-pricing's admin service is stood in for by {@link FixedTaxCategories}.
 */
@SpringBootTest(classes = {ProductApplication.class, CatalogImportIT.Clients.class},
        properties = {"dubbo.protocol.port=-1", "server.port=0"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogImportIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_product_it");
    }

    static final Path LIFESTYLE = datasetDir().resolve("commercetools-b2c-lifestyle");
    static final Path SMALL_SHOP = Path.of("src/test/resources/catalogs/small-shop");
    static final ObjectMapper JSON = new ObjectMapper();
    static boolean redisCleaned;

    /** Remote references (scope "remote"), so that requests and results are serialised as in production. */
    @TestConfiguration
    static class Clients {
        @DubboReference(check = false, scope = "remote", timeout = 60_000)
        CatalogImportService imports;
        @DubboReference(check = false, scope = "remote", timeout = 10_000)
        CatalogService catalog;
        @DubboReference(check = false, scope = "remote", timeout = 10_000)
        CatalogAdminService admin;

        @Bean
        ProductChangedObserver productChangedObserver() { return new ProductChangedObserver(); }
    }

    /** Collects the spuIds of every ProductChanged published (a consumer group of its own). */
    static class ProductChangedObserver implements KaolaMessageListener<ProductChanged> {
        final Set<Long> seen = ConcurrentHashMap.newKeySet();

        @Override public String topic() { return ProductChanged.TOPIC; }
        @Override public String consumerGroup() { return "product-it-observes-changes"; }
        @Override public Class<ProductChanged> payloadType() { return ProductChanged.class; }
        @Override public void onMessage(ProductChanged payload, String key) { seen.add(payload.spuId()); }
    }

    @Autowired Clients clients;
    @Autowired RedissonClient redisson;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessagePublisher publisher;
    @Autowired InMemoryStock stock;
    @Autowired FixedTaxCategories taxCategories;
    @Autowired ProductChangedObserver changes;

    @BeforeEach
    void dropDetailsCachedByEarlierRuns() {
        if (redisCleaned) return;
        redisson.getKeys().deleteByPattern("product:detail:*");
        redisCleaned = true;
    }

    @Test @Order(1)
    void the_sample_catalogue_imports_every_category_product_sku_and_stock_row() {
        ImportReport report = importDirectory(LIFESTYLE, readDirectory(LIFESTYLE));

        assertThat(report.categories()).isEqualTo(new Counts(29, 0, 0, 0));
        assertThat(report.products()).isEqualTo(new Counts(117, 0, 0, 0));
        assertThat(report.skus()).isEqualTo(new Counts(144, 0, 0, 0));
        // 134 rows: 124 for the warehouse, 10 of the "inventory-channel" supply channel are skipped
        assertThat(report.stock()).isEqualTo(new Counts(124, 0, 0, 10));
        assertThat(report.refused()).hasSize(10).allSatisfy(r -> assertThat(r).startsWith("inventory.json item "));
        assertThat(report.ignoredFiles()).contains("customers.json", "product-types.json", "README.md")
                .doesNotContain("products.json", "categories.json", "inventory.json");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sku", Integer.class)).isEqualTo(144);

        SkuSnapshot chair = clients.catalog.getSkus(List.of("ALC-01")).get(0);
        assertThat(chair.supplierPrice()).isEqualTo(new Money(75000, "EUR"));
        assertThat(chair.productName()).containsEntry("de-DE", "Abigail Lounge-Sessel").containsKeys("en-US", "en-GB");
        assertThat(chair.weightGrams()).isEqualTo(500);
        assertThat(chair.onSale()).isTrue();
        assertThat(chair.taxCategoryCode()).isEqualTo("GENERAL");
        assertThat(chair.importable()).isTrue();
        assertThat(chair.netContent()).isNull();
        assertThat(chair.hsCode()).isNull();
        assertThat(chair.categoryKeys()).containsExactlyInAnyOrder("living-room-furniture", "furniture", "armchairs",
                "new-arrivals");
        // every product of the sample is in a home-goods category the seeded mapping makes GENERAL and importable
        assertThat(jdbc.queryForList("SELECT DISTINCT CONCAT(tax_category_code, '/', importable, '/', tax_profile_source)"
                + " FROM spu", String.class)).containsExactly("GENERAL/1/IMPORT");
    }

    @Test @Order(2)
    void importing_the_same_directory_again_reports_everything_unchanged() {
        ImportReport report = importDirectory(LIFESTYLE, readDirectory(LIFESTYLE));

        assertThat(report.categories()).isEqualTo(new Counts(0, 0, 29, 0));
        assertThat(report.products()).isEqualTo(new Counts(0, 0, 117, 0));
        assertThat(report.skus()).isEqualTo(new Counts(0, 0, 144, 0));
        assertThat(report.stock()).isEqualTo(new Counts(0, 0, 124, 10));
    }

    @Test @Order(3)
    void a_malformed_catalogue_is_refused_naming_file_and_item_and_nothing_is_written() throws Exception {
        Map<String, String> files = readDirectory(LIFESTYLE);
        ArrayNode products = (ArrayNode) JSON.readTree(files.get("products.json"));
        setEurPrice(products, "ALC-01", 1);                        // would be an update if anything were written
        ((ObjectNode) products.get(3)).remove("name");
        ArrayNode categoriesOf5 = (ArrayNode) products.get(5).get("categories");
        int unknownAt = categoriesOf5.size();
        categoriesOf5.addObject().put("typeId", "category").put("key", "no-such-category");
        files.put("products.json", JSON.writeValueAsString(products));
        String before = tableDigest();

        assertThatThrownBy(() -> importDirectory(LIFESTYLE, files))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(ProductError.IMPORT_REFUSED)).isTrue();
                    assertThat(e.getMessage())
                            .contains("products.json item 3 (" + products.get(3).get("key").asText() + "): name is missing")
                            .contains("products.json item 5 (" + products.get(5).get("key").asText()
                                    + "): categories[" + unknownAt + "]: unknown category 'no-such-category'");
                });
        assertThat(tableDigest()).isEqualTo(before);
        assertThat(clients.catalog.getSkus(List.of("ALC-01")).get(0).supplierPrice()).isEqualTo(new Money(75000, "EUR"));
    }

    @Test @Order(4)
    void the_product_detail_is_priced_in_cny_and_cached_in_redis() {
        long spuId = spuIdOf("ALC-01");
        String key = RedisProductDetailCache.key(spuId);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).isFalse();

        ProductDetail detail = clients.catalog.getProductDetail(spuId);

        assertThat(detail.key()).isEqualTo("abigail-lounge-chair");
        assertThat(detail.categoryKeys()).contains("armchairs", "furniture");
        ProductDetail.SkuView master = detail.skus().get(0);
        assertThat(master.skuCode()).isEqualTo("ALC-01");
        assertThat(master.supplierPrice()).isEqualTo(new Money(75000, "EUR"));
        assertThat(master.price()).isEqualTo(Money.cny(585000));          // 750.00 EUR × 7.8
        assertThat(master.fxRate().rate()).isEqualByComparingTo("7.8");
        assertThat(master.inStock()).isTrue();
        assertThat(master.images()).singleElement().asString().endsWith("Abigail_Lounge_Chair-1.1.jpeg");
        assertThat(master.attributes()).containsEntry("search-color", "pink");
        assertThat(detail.taxCategoryCode()).isEqualTo("GENERAL");
        assertThat(detail.importable()).isTrue();
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).isTrue();
        assertThat(clients.catalog.getProductDetail(spuId)).isEqualTo(detail);
    }

    @Test @Order(5)
    void a_stock_change_message_evicts_the_cached_detail() throws InterruptedException {
        long spuId = spuIdOf("ALC-01");
        clients.catalog.getProductDetail(spuId);
        String key = RedisProductDetailCache.key(spuId);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).isTrue();

        publisher.send(SkuStockChanged.TOPIC, "ALC-01", new SkuStockChanged("ALC-01", Warehouses.DEFAULT_BONDED, false));

        assertThat(awaitGone(key, Duration.ofSeconds(30))).as("detail evicted after SkuStockChanged").isTrue();
    }

    @Test @Order(6)
    void re_importing_a_changed_price_updates_that_sku_only_and_evicts_its_detail() throws Exception {
        long spuId = spuIdOf("ALC-01");
        clients.catalog.getProductDetail(spuId);
        Map<String, String> files = readDirectory(LIFESTYLE);
        ArrayNode products = (ArrayNode) JSON.readTree(files.get("products.json"));
        setEurPrice(products, "ALC-01", 80000);
        files.put("products.json", JSON.writeValueAsString(products));
        java.util.concurrent.BlockingQueue<String> invalidations = new java.util.concurrent.LinkedBlockingQueue<>();
        org.redisson.api.RTopic channel = redisson.getTopic(ProductDetailInvalidation.CHANNEL, StringCodec.INSTANCE);
        int listener = channel.addListener(String.class, (c, message) -> invalidations.add(message));

        ImportReport report;
        try {
            report = importDirectory(LIFESTYLE, files);
            // near caches (the gateway's) hear of it within a second: ProductDetailNearCacheIT covers their side
            String message = invalidations.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(message).as("invalidation published on " + ProductDetailInvalidation.CHANNEL).isNotNull();
            assertThat(ProductDetailInvalidation.spuIds(message)).containsExactly(spuId);
        } finally {
            channel.removeListener(listener);
        }

        assertThat(report.skus()).isEqualTo(new Counts(0, 1, 143, 0));
        assertThat(report.products()).isEqualTo(new Counts(0, 0, 117, 0));
        assertThat(redisson.getBucket(RedisProductDetailCache.key(spuId), StringCodec.INSTANCE).isExists()).isFalse();
        assertThat(clients.catalog.getProductDetail(spuId).skus().get(0).price()).isEqualTo(Money.cny(624000));
    }

    @Test @Order(7)
    void when_inventory_cannot_be_reached_the_catalogue_is_kept_and_a_rerun_finishes_the_stock() {
        Map<String, String> files = readDirectory(LIFESTYLE);
        stock.setDown(true);
        try {
            assertThatThrownBy(() -> importDirectory(LIFESTYLE, files))
                    .isInstanceOf(KaolaException.class).hasMessageContaining("re-run the import to finish stock");
        } finally {
            stock.setDown(false);
        }
        ImportReport rerun = importDirectory(LIFESTYLE, files);

        assertThat(rerun.products()).isEqualTo(new Counts(0, 0, 117, 0));
        assertThat(rerun.skus()).isEqualTo(new Counts(0, 0, 144, 0));   // the first attempt committed ALC-01's price
        assertThat(rerun.stock()).isEqualTo(new Counts(0, 0, 124, 10));
    }

    @Test @Order(8)
    void a_different_catalogue_with_standalone_prices_and_variants_without_sku_imports_alongside() {
        ImportReport report = importDirectory(SMALL_SHOP, readDirectory(SMALL_SHOP));

        assertThat(report.categories()).isEqualTo(new Counts(2, 0, 0, 0));
        assertThat(report.products()).isEqualTo(new Counts(3, 0, 0, 0));
        assertThat(report.skus()).isEqualTo(new Counts(5, 0, 0, 0));
        assertThat(report.stock()).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(report.refused()).isEmpty();

        List<SkuSnapshot> skus = clients.catalog.getSkus(List.of("CK-20", "chef-knife-26", "CB-1", "KS-1", "knife-sharpener-v1"));
        assertThat(skus).extracting(SkuSnapshot::supplierPrice).containsExactly(new Money(8900, "EUR"),
                new Money(12000, "CHF"), new Money(3500, "USD"), null, null);
        assertThat(skus).extracting(SkuSnapshot::onSale).containsExactly(true, true, true, false, false);
        assertThat(skus).extracting(SkuSnapshot::weightGrams).containsExactly(240, 310, 500, 500, 500);
        assertThat(skus.get(0).productName()).containsOnlyKeys("de-DE", "en-US");

        List<CategoryView> categories = clients.catalog.listCategories();
        assertThat(categories).extracting(CategoryView::key).containsSubsequence("shop-kitchen", "shop-knives");
        assertThat(categories).hasSize(31);

        Page<ProductSummary> knives = clients.catalog.listProducts(new ListProductsRequest("shop-knives", new PageRequest(0, 10)));
        assertThat(knives.total()).isEqualTo(1);   // the sharpener is not published
        assertThat(knives.items()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("chef-knife");
            assertThat(p.imageUrl()).isEqualTo("https://example.com/img/ck-20.jpg");
            assertThat(p.supplierPrice()).isEqualTo(new Money(8900, "EUR"));
        });
        long sharpener = skus.get(3).spuId();
        assertThatThrownBy(() -> clients.catalog.getProductDetail(sharpener))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(ProductError.NOT_FOUND)).isTrue());
        ProductDetail knife = clients.catalog.getProductDetail(skus.get(0).spuId());
        assertThat(knife.skus()).extracting(ProductDetail.SkuView::price)
                .containsExactly(FixedRatePricing.cny(new Money(8900, "EUR")), FixedRatePricing.cny(new Money(12000, "CHF")));
        assertThat(knife.skus()).extracting(ProductDetail.SkuView::inStock).containsExactly(false, false);

        assertThat(importDirectory(SMALL_SHOP, readDirectory(SMALL_SHOP)).skus()).isEqualTo(new Counts(0, 0, 5, 0));
    }

    @Test @Order(9)
    void reads_name_what_they_cannot_find() {
        assertThatThrownBy(() -> clients.catalog.getSkus(List.of("CK-20", "NOPE-1")))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(ProductError.UNKNOWN_SKU)).isTrue();
                    assertThat(e.getMessage()).contains("NOPE-1");
                });
        assertThatThrownBy(() -> clients.catalog.listProducts(new ListProductsRequest("nowhere", new PageRequest(0, 10))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(ProductError.CATEGORY_NOT_FOUND)).isTrue());
        assertThat(clients.catalog.listProducts(new ListProductsRequest(null, new PageRequest(0, 100))).total())
                .isEqualTo(117 + 2);
    }

    // ------------------------------------------------------------------ cross-border data

    static final Path CROSS_BORDER = Path.of("src/test/resources/catalogs/cross-border");

    @Test @Order(10)
    void the_import_assigns_tax_profiles_from_the_category_mapping_and_reads_net_content() throws InterruptedException {
        ImportReport report = importDirectory(CROSS_BORDER, readDirectory(CROSS_BORDER));

        assertThat(report.products()).isEqualTo(new Counts(5, 0, 0, 0));
        List<SkuSnapshot> skus = clients.catalog.getSkus(List.of("NC-15", "SM-5", "RW-750", "LG-6", "GC-1"));
        assertThat(skus).extracting(SkuSnapshot::taxCategoryCode)
                .containsExactly("COSMETICS", "COSMETICS", "WINE", "BEER_SPIRITS", "GENERAL");
        assertThat(skus).extracting(SkuSnapshot::importable).containsExactly(true, true, true, false, true);
        assertThat(skus).extracting(SkuSnapshot::netContent).containsExactly(new NetContent(new BigDecimal("15"), "ML"),
                new NetContent(new BigDecimal("5"), "PIECE"), new NetContent(new BigDecimal("750"), "ML"), null, null);
        assertThat(skus.get(0).weightGrams()).isEqualTo(80);
        assertThat(skus).extracting(SkuSnapshot::hsCode).containsOnlyNulls();

        long nightCream = skus.get(0).spuId();
        assertThat(await(() -> changes.seen.contains(nightCream), Duration.ofSeconds(30))).as("ProductChanged of the import").isTrue();
        changes.seen.clear();
    }

    @Test @Order(11)
    void ops_set_a_tax_profile_which_evicts_the_cached_detail_and_announces_the_change() throws InterruptedException {
        long nightCream = spuIdOf("NC-15");
        clients.catalog.getProductDetail(nightCream);
        String key = RedisProductDetailCache.key(nightCream);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).isTrue();

        ProductDetail updated = clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(nightCream, " wine ", false, "3304.9900"));

        assertThat(updated.taxCategoryCode()).isEqualTo("WINE");
        assertThat(updated.importable()).isFalse();
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).as("cached detail evicted").isFalse();
        assertThat(clients.catalog.getProductDetail(nightCream)).satisfies(d -> {
            assertThat(d.taxCategoryCode()).isEqualTo("WINE");
            assertThat(d.importable()).isFalse();
        });
        SkuSnapshot sku = clients.catalog.getSkus(List.of("NC-15")).get(0);
        assertThat(sku.hsCode()).isEqualTo("33049900");
        assertThat(sku.importable()).isFalse();
        assertThat(await(() -> changes.seen.contains(nightCream), Duration.ofSeconds(30))).as("ProductChanged").isTrue();

        // null fields are left as they are; "" clears the HS code
        ProductDetail back = clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(nightCream, "COSMETICS", null, null));
        assertThat(back.taxCategoryCode()).isEqualTo("COSMETICS");
        assertThat(back.importable()).isFalse();
        assertThat(clients.catalog.getSkus(List.of("NC-15")).get(0).hsCode()).isEqualTo("33049900");
        clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(nightCream, null, null, ""));
        assertThat(clients.catalog.getSkus(List.of("NC-15")).get(0).hsCode()).isNull();
    }

    @Test @Order(12)
    void ops_set_a_skus_net_content_and_weight_which_evicts_the_products_cached_detail() {
        long lager = spuIdOf("LG-6");
        clients.catalog.getProductDetail(lager);
        String key = RedisProductDetailCache.key(lager);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).isTrue();

        SkuSnapshot updated = clients.admin.updateSkuContent(new UpdateSkuContentRequest("LG-6", new BigDecimal("330.0"), "ml", 400));

        assertThat(updated.netContent()).isEqualTo(new NetContent(new BigDecimal("330"), "ML"));
        assertThat(updated.weightGrams()).isEqualTo(400);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).as("cached detail evicted").isFalse();
        assertThat(clients.admin.updateSkuContent(new UpdateSkuContentRequest("LG-6", null, null, 450)))
                .satisfies(s -> {
                    assertThat(s.weightGrams()).isEqualTo(450);
                    assertThat(s.netContent()).isEqualTo(new NetContent(new BigDecimal("330"), "ML"));
                });
    }

    @Test @Order(13)
    void a_re_import_keeps_what_ops_set_and_follows_the_mapping_for_the_rest() throws Exception {
        Map<String, String> files = readDirectory(CROSS_BORDER);
        ArrayNode products = (ArrayNode) JSON.readTree(files.get("products.json"));
        for (JsonNode product : products) {
            String key = product.get("key").asText();
            if (key.equals("night-cream") || key.equals("lager") || key.equals("red-wine")) {
                ArrayNode categories = ((ObjectNode) product).putArray("categories");   // all three move to "beer"
                categories.addObject().put("typeId", "category").put("key", "beer");
                ((ObjectNode) product.get("masterVariant")).putArray("attributes").addObject().put("name", "volume-ml").put("value", 500);
            }
        }
        files.put("products.json", JSON.writeValueAsString(products));

        ImportReport report = importDirectory(CROSS_BORDER, files);

        assertThat(report.products()).isEqualTo(new Counts(0, 2, 3, 0));   // lager was in "beer" already
        assertThat(report.skus()).isEqualTo(new Counts(0, 3, 2, 0));
        List<SkuSnapshot> skus = clients.catalog.getSkus(List.of("NC-15", "LG-6", "RW-750"));
        // night cream: ops set COSMETICS / not importable, kept; red wine: the import's profile follows the mapping
        assertThat(skus).extracting(SkuSnapshot::taxCategoryCode).containsExactly("COSMETICS", "BEER_SPIRITS", "BEER_SPIRITS");
        assertThat(skus).extracting(SkuSnapshot::importable).containsExactly(false, false, false);
        // lager's content was set by ops (330 ml, 450 g), kept; the others follow the file
        assertThat(skus).extracting(SkuSnapshot::netContent).containsExactly(new NetContent(new BigDecimal("500"), "ML"),
                new NetContent(new BigDecimal("330"), "ML"), new NetContent(new BigDecimal("500"), "ML"));
        assertThat(skus).extracting(SkuSnapshot::weightGrams).containsExactly(500, 450, 500);

        assertThat(importDirectory(CROSS_BORDER, files).products()).isEqualTo(new Counts(0, 0, 5, 0));
        importDirectory(CROSS_BORDER, readDirectory(CROSS_BORDER));
        assertThat(clients.catalog.getSkus(List.of("RW-750")).get(0).taxCategoryCode()).isEqualTo("WINE");
    }

    @Test @Order(14)
    void refused_ops_edits_name_the_problem_and_change_nothing() {
        long wine = spuIdOf("RW-750");
        clients.catalog.getProductDetail(wine);
        String key = RedisProductDetailCache.key(wine);
        String before = profileDigest();

        assertRefused(() -> clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(wine, "LUXURY", true, null)),
                e -> assertThat(e.is(PricingError.UNKNOWN_TAX_CATEGORY)).isTrue(), "no tax category 'LUXURY'");
        assertRefused(() -> clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(wine, "WINE", false, "2204")),
                e -> assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue(), "8 or 10 digits");
        assertRefused(() -> clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(wine, null, null, null)),
                e -> assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue(), "nothing to change");
        assertRefused(() -> clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(987_654_321L, "WINE", null, null)),
                e -> assertThat(e.is(ProductError.NOT_FOUND)).isTrue(), "987654321");
        taxCategories.setDown(true);
        try {
            assertRefused(() -> clients.admin.updateTaxProfile(new UpdateTaxProfileRequest(wine, "GENERAL", null, null)),
                    e -> assertThat(e.is(CommonError.SERVICE_UNAVAILABLE)).isTrue(), "");
        } finally {
            taxCategories.setDown(false);
        }
        assertRefused(() -> clients.admin.updateSkuContent(new UpdateSkuContentRequest("RW-750", BigDecimal.ZERO, null, null)),
                e -> assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue(), "must be > 0");
        assertRefused(() -> clients.admin.updateSkuContent(new UpdateSkuContentRequest("RW-750", null, "oz", null)),
                e -> assertThat(e.is(ProductError.INVALID_TAX_PROFILE)).isTrue(), "ML, G or PIECE");
        assertRefused(() -> clients.admin.updateSkuContent(new UpdateSkuContentRequest("GHOST-1", null, null, 100)),
                e -> assertThat(e.is(ProductError.UNKNOWN_SKU)).isTrue(), "GHOST-1");

        assertThat(profileDigest()).isEqualTo(before);
        assertThat(redisson.getBucket(key, StringCodec.INSTANCE).isExists()).as("a refusal evicts nothing").isTrue();
    }

    // ------------------------------------------------------------------ other commercetools sample sets

    static final Path B2B = Path.of("src/test/resources/catalogs/commercetools-b2b");
    static final Path FASHION = Path.of("src/test/resources/catalogs/commercetools-fashion");

    @Test @Order(15)
    void the_b2b_sample_is_priced_from_its_default_channel_and_stocked_from_its_default_warehouse() throws Exception {
        Map<String, String> files = readDirectory(B2B);
        List<String> skuCodes = skuCodesOf(files);

        ImportReport report = importDirectory(B2B, files);

        assertThat(report.categories()).isEqualTo(new Counts(42, 0, 0, 0));
        assertThat(report.products()).isEqualTo(new Counts(72, 0, 0, 0));
        assertThat(report.skus()).isEqualTo(new Counts(192, 0, 0, 0));
        // 576 rows, one per SKU and warehouse: default-warehouse is taken, us- and eu-warehouse are skipped
        assertThat(report.stock()).isEqualTo(new Counts(192, 0, 0, 384));
        assertThat(report.refused()).hasSize(384)
                .allSatisfy(r -> assertThat(r).startsWith("inventory.json item ")
                        .endsWith("skipped: stock taken from supply channel 'default-warehouse'"));
        assertThat(skuCodes).hasSize(192);
        List<SkuSnapshot> skus = clients.catalog.getSkus(skuCodes);
        assertThat(skus).allSatisfy(sku -> {
            assertThat(sku.supplierPrice()).as(sku.skuCode()).isNotNull();
            assertThat(sku.onSale()).as(sku.skuCode()).isTrue();
        });
        // default-channel prices in EUR, USD and GBP: EUR first; the de-fr-uk, spain and us-* prices are ignored
        assertThat(skus).extracting(sku -> sku.supplierPrice().currency()).containsOnly("EUR");
        assertThat(clients.catalog.getSkus(List.of("a789-bc-2019")).get(0).supplierPrice()).isEqualTo(new Money(1375000, "EUR"));
        assertThat(stock.getStock(null, skuCodes)).hasSize(192).allSatisfy(level -> assertThat(level.onHand()).isEqualTo(1000));

        ImportReport again = importDirectory(B2B, readDirectory(B2B));

        assertThat(again.categories()).isEqualTo(new Counts(0, 0, 42, 0));
        assertThat(again.products()).isEqualTo(new Counts(0, 0, 72, 0));
        assertThat(again.skus()).isEqualTo(new Counts(0, 0, 192, 0));
        assertThat(again.stock()).isEqualTo(new Counts(0, 0, 192, 384));
    }

    @Test @Order(16)
    void the_fashion_sample_imports_with_its_priced_skus_of_published_products_on_sale() throws Exception {
        Map<String, String> files = readDirectory(FASHION);

        ImportReport report = importDirectory(FASHION, files);

        assertThat(report.categories()).isEqualTo(new Counts(13, 0, 0, 0));
        assertThat(report.products()).isEqualTo(new Counts(13, 0, 0, 0));
        assertThat(report.skus()).isEqualTo(new Counts(29, 0, 0, 0));
        assertThat(report.stock()).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(report.refused()).isEmpty();
        // 24 variants have a sku and embedded prices; 4 of them belong to unpublished products (Halloween Top,
        // summer_dress); the other 5 variants have neither sku nor price
        List<SkuSnapshot> priced = clients.catalog.getSkus(skuCodesOf(files));
        assertThat(priced).hasSize(24).allSatisfy(sku -> assertThat(sku.supplierPrice()).as(sku.skuCode()).isNotNull());
        assertThat(priced).filteredOn(SkuSnapshot::onSale).hasSize(20);
        assertThat(priced).filteredOn(sku -> !sku.onSale()).extracting(SkuSnapshot::skuCode)
                .containsExactlyInAnyOrder("888035", "828329", "791840", "439502");
        assertThat(clients.catalog.getSkus(List.of("996024")).get(0).supplierPrice()).isEqualTo(new Money(10000, "EUR"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sku WHERE sku_code LIKE 'anniversary\\_shirt-v%'"
                + " OR sku_code LIKE 'flair\\_jeans-v%'", Integer.class)).isEqualTo(5);

        assertThat(importDirectory(FASHION, readDirectory(FASHION)).skus()).isEqualTo(new Counts(0, 0, 29, 0));
    }

    /** @return the sku of every variant of products.json that has one, in file order */
    static List<String> skuCodesOf(Map<String, String> files) throws IOException {
        List<String> codes = new ArrayList<>();
        for (JsonNode product : JSON.readTree(files.get("products.json"))) {
            for (JsonNode variant : variantsOf(product)) {
                if (variant.hasNonNull("sku")) codes.add(variant.get("sku").asText());
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------ helpers

    ImportReport importDirectory(Path dir, Map<String, String> files) {
        return clients.imports.importCatalog(new ImportCatalogRequest(files, null, "it@kaola.test"));
    }

    long spuIdOf(String skuCode) { return clients.catalog.getSkus(List.of(skuCode)).get(0).spuId(); }

    String tableDigest() {
        return jdbc.queryForObject("SELECT CONCAT((SELECT COUNT(*) FROM category), '/', (SELECT COUNT(*) FROM spu), '/',"
                + " (SELECT COUNT(*) FROM sku), '/', (SELECT COALESCE(SUM(supplier_price_minor), 0) FROM sku), '/',"
                + " (SELECT COUNT(*) FROM spu_category))", String.class);
    }

    static void assertRefused(Runnable call, Consumer<KaolaException> code, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KaolaException.class, e -> {
            code.accept(e);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    String profileDigest() {
        return jdbc.queryForObject("SELECT CONCAT((SELECT GROUP_CONCAT(CONCAT_WS('/', id, tax_category_code, importable,"
                + " COALESCE(hs_code, '-'), tax_profile_source) ORDER BY id) FROM spu), '|', (SELECT GROUP_CONCAT(CONCAT_WS('/',"
                + " sku_code, weight_grams, COALESCE(net_quantity, '-'), COALESCE(net_unit, '-'), content_source) ORDER BY sku_code)"
                + " FROM sku))", String.class);
    }

    static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    boolean awaitGone(String key, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!redisson.getBucket(key, StringCodec.INSTANCE).isExists()) return true;
            Thread.sleep(200);
        }
        return false;
    }

    static void setEurPrice(ArrayNode products, String sku, long centAmount) {
        for (JsonNode product : products) {
            for (JsonNode variant : variantsOf(product)) {
                if (!sku.equals(variant.path("sku").asText())) continue;
                for (JsonNode price : variant.get("prices")) {
                    if ("EUR".equals(price.path("value").path("currencyCode").asText()) && price.path("channel").isNull()) {
                        ((ObjectNode) price.get("value")).put("centAmount", centAmount);
                    }
                }
            }
        }
    }

    static List<JsonNode> variantsOf(JsonNode product) {
        List<JsonNode> variants = new ArrayList<>();
        variants.add(product.get("masterVariant"));
        product.path("variants").forEach(variants::add);
        return variants;
    }

    static Map<String, String> readDirectory(Path dir) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * {@code -Dkaola.dataset.dir}, else the repository's {@code samples/} (the sample catalogues shipped with it),
     * found walking up from the working directory.
     */
    static Path datasetDir() {
        String configured = System.getProperty("kaola.dataset.dir");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples");
            if (Files.isDirectory(candidate.resolve("commercetools-b2c-lifestyle"))) return candidate;
        }
        throw new IllegalStateException("no samples/ above " + System.getProperty("user.dir")
                + "; set -Dkaola.dataset.dir=/path/to/a/directory/of/catalogues");
    }
}
