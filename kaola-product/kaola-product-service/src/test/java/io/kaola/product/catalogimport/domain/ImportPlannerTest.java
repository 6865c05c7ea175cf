package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;
import io.kaola.product.catalog.domain.NetContent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's rules over plain values: no JSON, no file format. */
class ImportPlannerTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final TaxProfileMapping MAPPING = new TaxProfileMapping(List.of(
            new TaxProfileMapping.Rule("skincare", "COSMETICS", true)), TaxProfileMapping.TaxProfile.of("GENERAL", true));
    final ImportPlanner planner = new ImportPlanner(new SupplierPriceChoice(List.of("EUR", "USD")), new Weights(500),
            MAPPING, List.of("default-warehouse", "eu-warehouse"));

    static PriceDraft price(long minor, String currency) { return new PriceDraft(new Money(minor, currency), null, null, false, null, null); }

    static VariantDraft variant(String sku, Map<String, AttributeValue> attributes, PriceDraft... prices) {
        return new VariantDraft("masterVariant", 0, sku, false, null, attributes, "{}", "[]", List.of(prices));
    }

    static ProductDraft product(int index, String key, List<String> categories, VariantDraft... variants) {
        return new ProductDraft(index, key, Map.of("en", key), Map.of(), Map.of(), "t", null, true, categories,
                List.of(variants));
    }

    static CatalogDraft draft(List<ProductDraft> products, Map<String, List<PriceDraft>> standalone,
                              List<InventoryDraft> inventory) {
        return new CatalogDraft(List.of(), Map.of(), products, standalone, inventory, !inventory.isEmpty(), List.of());
    }

    ReadOutcome plan(CatalogDraft draft, StoredCatalogFixture stored) {
        return planner.plan(draft, stored, NOW, new ImportProblems());
    }

    @Nested
    class Skus {
        @Test void embedded_prices_win_and_standalone_prices_price_a_variant_without_any() {
            ProductDraft lamp = product(0, "lamp", List.of(), variant("L-1", Map.of(), price(1999, "EUR")));
            ProductDraft desk = product(1, "desk", List.of(), variant("D-1", Map.of()));
            ImportPlan plan = plan(draft(List.of(lamp, desk), Map.of("L-1", List.of(price(1, "EUR")),
                    "D-1", List.of(price(2500, "USD"), price(2100, "GBP"))), List.of()), StoredCatalogFixture.empty()).plan();

            assertThat(plan.products()).extracting(p -> p.skus().get(0).supplierPrice())
                    .containsExactly(new Money(1999, "EUR"), new Money(2500, "USD"));
        }

        @Test void weight_and_net_content_come_from_attributes_else_the_default_weight_and_none() {
            ProductDraft cream = product(0, "cream", List.of(), variant("C-1",
                    Map.of("weight", AttributeValue.number(new BigDecimal("80.6")), "content", AttributeValue.text("50 ml"))));
            ProductDraft lamp = product(1, "lamp", List.of(), variant("L-1", Map.of("color", AttributeValue.text("red"))));
            ImportPlan plan = plan(draft(List.of(cream, lamp), Map.of(), List.of()), StoredCatalogFixture.empty()).plan();

            assertThat(plan.products().get(0).skus().get(0).weightGrams()).isEqualTo(81);
            assertThat(plan.products().get(0).skus().get(0).netContent()).isEqualTo(new NetContent(new BigDecimal("50"), "ML"));
            assertThat(plan.products().get(1).skus().get(0).weightGrams()).isEqualTo(500);
            assertThat(plan.products().get(1).skus().get(0).netContent()).isNull();
        }

        @Test void a_product_takes_the_tax_profile_of_a_stored_ancestor_category() {
            ProductDraft mask = product(0, "mask", List.of("masks"), variant("M-1", Map.of()));
            ImportPlan plan = plan(draft(List.of(mask), Map.of(), List.of()), StoredCatalogFixture.empty()).plan();
            CatalogDraft withParents = new CatalogDraft(List.of(), Map.of("masks", "skincare"), List.of(mask), Map.of(),
                    List.of(), false, List.of());

            assertThat(plan.products().get(0).taxProfile()).isEqualTo(new TaxProfileMapping.TaxProfile("GENERAL", true));
            assertThat(planner.plan(withParents, StoredCatalogFixture.empty(), NOW, new ImportProblems()).plan()
                    .products().get(0).taxProfile()).isEqualTo(new TaxProfileMapping.TaxProfile("COSMETICS", true));
        }

        @Test void a_sku_stored_for_a_product_the_import_does_not_contain_refuses_the_import() {
            ProductDraft lamp = product(3, "lamp", List.of(), variant("X-1", Map.of()));
            ReadOutcome outcome = plan(draft(List.of(lamp), Map.of(), List.of()), StoredCatalogFixture.empty().withSku("X-1", "old-lamp"));

            assertThat(outcome.plan()).isNull();
            assertThat(outcome.problems()).containsExactly("products.json item 3 (lamp): masterVariant: SKU 'X-1' belongs to"
                    + " stored product 'old-lamp', which this import does not contain");
        }

        @Test void problems_the_source_found_refuse_the_import_too() {
            ImportProblems problems = new ImportProblems();
            problems.inFile("products.json", "something the source disliked");
            ReadOutcome outcome = planner.plan(draft(List.of(), Map.of(), List.of()), StoredCatalogFixture.empty(), NOW, problems);

            assertThat(outcome.isAccepted()).isFalse();
            assertThat(outcome.problems()).containsExactly("products.json: something the source disliked");
        }
    }

    @Nested
    class Stock {
        final List<ProductDraft> products = List.of(product(0, "a", List.of(), variant("L-1", Map.of())),
                product(1, "b", List.of(), variant("L-2", Map.of())));

        @Test void a_sku_takes_its_row_without_supply_channel_else_the_first_accepted_supply_channel_it_has() {
            List<InventoryDraft> rows = List.of(new InventoryDraft(0, "L-1", 1, "eu-warehouse"), new InventoryDraft(1, "L-1", 7, null),
                    new InventoryDraft(2, "L-2", 5, "eu-warehouse"), new InventoryDraft(3, "L-2", 6, "default-warehouse"));
            ImportPlan plan = plan(draft(products, Map.of(), rows), StoredCatalogFixture.empty()).plan();

            assertThat(plan.stock()).containsExactly(new StockItem("L-1", 7), new StockItem("L-2", 6));
            assertThat(plan.stockRefused()).isEqualTo(2);
            assertThat(plan.refused()).containsExactly(
                    "inventory.json item 0 (L-1): stock of supply channel 'eu-warehouse' skipped: stock taken from the row without a supply channel",
                    "inventory.json item 2 (L-2): stock of supply channel 'eu-warehouse' skipped: stock taken from supply channel 'default-warehouse'");
        }

        @Test void a_row_of_a_sku_neither_imported_nor_stored_refuses_the_import_and_a_stored_one_is_stocked() {
            List<InventoryDraft> rows = List.of(new InventoryDraft(0, "OLD-1", 2, null), new InventoryDraft(1, "NOPE", 1, null));

            ReadOutcome outcome = plan(draft(products, Map.of(), rows), StoredCatalogFixture.empty().withSku("OLD-1", "old"));
            ReadOutcome withoutGhost = plan(draft(products, Map.of(), rows.subList(0, 1)), StoredCatalogFixture.empty().withSku("OLD-1", "old"));

            assertThat(outcome.problems()).containsExactly("inventory.json item 1 (NOPE): unknown SKU 'NOPE' (neither in products.json nor stored)");
            assertThat(withoutGhost.plan().stock()).containsExactly(new StockItem("OLD-1", 2));
        }

        @Test void without_inventory_there_is_no_stock_to_set() {
            ImportPlan plan = plan(draft(products, Map.of(), List.of()), StoredCatalogFixture.empty()).plan();

            assertThat(plan.hasInventory()).isFalse();
            assertThat(plan.stock()).isNull();
        }
    }
}
