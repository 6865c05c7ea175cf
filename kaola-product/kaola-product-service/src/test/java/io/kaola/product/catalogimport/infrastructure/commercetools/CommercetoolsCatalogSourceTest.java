package io.kaola.product.catalogimport.infrastructure.commercetools;

import io.kaola.common.money.Money;
import io.kaola.product.catalog.domain.NetContent;
import io.kaola.product.catalog.infrastructure.CatalogJson;
import io.kaola.product.catalogimport.domain.CategoryItem;
import io.kaola.product.catalogimport.domain.ImportPlan;
import io.kaola.product.catalogimport.domain.ImportProblems;
import io.kaola.product.catalogimport.domain.ProductItem;
import io.kaola.product.catalogimport.domain.ReadOutcome;
import io.kaola.product.catalogimport.domain.SkuItem;
import io.kaola.product.catalogimport.domain.StockItem;
import io.kaola.product.catalogimport.domain.StoredCatalogFixture;
import io.kaola.product.catalogimport.domain.SupplierPriceChoice;
import io.kaola.product.catalogimport.domain.TaxProfileMapping;
import io.kaola.product.catalogimport.domain.Weights;
import io.kaola.product.catalogimport.infrastructure.ContentHashes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommercetoolsCatalogSourceTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    final CommercetoolsCatalogSource reader = new CommercetoolsCatalogSource(new SupplierPriceChoice(List.of("EUR", "USD", "GBP")), new Weights(500));

    static final String CATEGORIES = """
            [ {"key": "home", "name": {"en-US": "Home", "de-DE": "Zuhause"}, "slug": {"en-US": "home"}, "orderHint": ".2"},
              {"key": "lamps", "parent": {"typeId": "category", "key": "home"}, "name": {"en-US": "Lamps"},
               "slug": {"en-US": "lamps"}, "orderHint": ".1"} ]""";

    static String product(String key, String sku, String extra) {
        return """
                {"key": "%s", "name": {"en-US": "Name of %s", "de-DE": "Name von %s"}, "slug": {"en-US": "%s"},
                 "productType": {"typeId": "product-type", "key": "lamp"}, "publish": true,
                 "categories": [{"typeId": "category", "key": "lamps"}],
                 "masterVariant": {"sku": "%s", "prices": [{"value": {"centAmount": 1999, "currencyCode": "EUR"}}]}%s}
                """.formatted(key, key, key, key, sku, extra);
    }

    ReadOutcome read(Map<String, String> files) { return reader.read(files, StoredCatalogFixture.empty(), NOW); }

    ImportPlan accepted(Map<String, String> files) {
        ReadOutcome outcome = read(files);
        assertThat(outcome.problems()).isEmpty();
        return outcome.plan();
    }

    static Map<String, String> files(String... nameThenText) {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) files.put(nameThenText[i], nameThenText[i + 1]);
        return files;
    }

    @Nested
    class AWellFormedCatalogue {

        @Test void keeps_every_locale_of_names_and_descriptions() {
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1",
                    ", \"description\": {\"en-US\": \"Bright\", \"de-DE\": \"Hell\", \"fr-FR\": \"Clair\"}") + "]"));

            ProductItem lamp = plan.products().get(0);
            assertThat(lamp.name()).containsEntry("en-US", "Name of lamp").containsEntry("de-DE", "Name von lamp");
            assertThat(lamp.description()).containsOnlyKeys("en-US", "de-DE", "fr-FR");
            assertThat(plan.categories().get(0).name()).containsEntry("de-DE", "Zuhause");
        }

        @Test void orders_categories_parents_first_whatever_the_file_order() {
            String childFirst = """
                    [ {"key": "lamps", "parent": {"key": "home"}, "name": {"en-US": "Lamps"}, "slug": {"en-US": "lamps"}},
                      {"key": "home", "name": {"en-US": "Home"}, "slug": {"en-US": "home"}} ]""";
            ImportPlan plan = accepted(files("categories.json", childFirst, "products.json", "[]"));

            assertThat(plan.categories()).extracting(CategoryItem::key).containsExactly("home", "lamps");
        }

        @Test void a_variant_without_sku_is_imported_under_its_key_else_a_code_from_product_key_and_position() {
            String variants = """
                    , "variants": [ {"key": "lamp-blue", "prices": []}, {"attributes": [{"name": "color", "value": "red"}]} ]""";
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", variants) + "]"));

            assertThat(plan.products().get(0).skus()).extracting(SkuItem::skuCode, SkuItem::position, SkuItem::codeGenerated)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("L-1", 0, false),
                            org.assertj.core.groups.Tuple.tuple("lamp-blue", 1, true),
                            org.assertj.core.groups.Tuple.tuple("lamp-v2", 2, true));
            assertThat(plan.generatedSkuCodes()).containsExactly("lamp: lamp-blue", "lamp: lamp-v2");
        }

        @Test void a_product_without_key_takes_its_first_slug() {
            String noKey = product("lamp", "L-1", "").replace("\"key\": \"lamp\",", "");
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + noKey + "]"));

            assertThat(plan.products().get(0).key()).isEqualTo("lamp");
        }

        @Test void standalone_prices_price_a_variant_that_has_no_embedded_price() {
            String noPrice = product("lamp", "L-1", "").replace("\"prices\": [{\"value\": {\"centAmount\": 1999, \"currencyCode\": \"EUR\"}}]", "\"prices\": []");
            String standalone = """
                    [ {"sku": "L-1", "value": {"centAmount": 2500, "currencyCode": "USD"}},
                      {"sku": "L-1", "value": {"centAmount": 2100, "currencyCode": "GBP"}, "country": "GB"} ]""";
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + noPrice + "]",
                    "standalone-prices.json", standalone));

            assertThat(plan.products().get(0).skus().get(0).supplierPrice()).isEqualTo(new Money(2500, "USD"));
        }

        @Test void embedded_prices_win_over_standalone_ones() {
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]",
                    "standalone-prices.json", "[{\"sku\": \"L-1\", \"value\": {\"centAmount\": 1, \"currencyCode\": \"EUR\"}}]"));

            assertThat(plan.products().get(0).skus().get(0).supplierPrice()).isEqualTo(new Money(1999, "EUR"));
        }

        @Test void a_sku_without_usable_price_is_imported_without_price() {
            String channelOnly = product("lamp", "L-1", "").replace("\"currencyCode\": \"EUR\"}", "\"currencyCode\": \"EUR\"}, \"channel\": {\"key\": \"b2b\"}");
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + channelOnly + "]"));

            assertThat(plan.products().get(0).skus().get(0).supplierPrice()).isNull();
            assertThat(plan.refused()).isEmpty();
        }

        @Test void without_inventory_file_there_is_no_stock_to_set() {
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]"));

            assertThat(plan.hasInventory()).isFalse();
            assertThat(plan.stockRefused()).isZero();
        }

        @Test void inventory_of_a_supply_channel_is_skipped_and_reported_as_refused() {
            String inventory = """
                    [ {"sku": "L-1", "quantityOnStock": 7},
                      {"sku": "L-1", "quantityOnStock": 3, "supplyChannel": {"typeId": "channel", "key": "store-berlin"}} ]""";
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]",
                    "inventory.json", inventory));

            assertThat(plan.stock()).containsExactly(new StockItem("L-1", 7));
            assertThat(plan.stockRefused()).isEqualTo(1);
            assertThat(plan.refused()).singleElement().asString().startsWith("inventory.json item 1 (L-1): ").contains("store-berlin");
        }

        @Test void a_sku_without_a_row_without_supply_channel_takes_the_row_of_the_first_listed_supply_channel_it_has() {
            CommercetoolsCatalogSource b2b = new CommercetoolsCatalogSource(new SupplierPriceChoice(List.of("EUR")), new Weights(500),
                    TaxProfileMapping.everything(TaxProfileMapping.TaxProfile.of("GENERAL", true)),
                    List.of("default-warehouse", "eu-warehouse"));
            String products = "[" + product("a", "L-1", "") + "," + product("b", "L-2", "") + "," + product("c", "L-3", "")
                    + "," + product("d", "L-4", "") + "]";
            String inventory = """
                    [ {"sku": "L-1", "quantityOnStock": 1, "supplyChannel": {"typeId": "channel", "key": "us-warehouse"}},
                      {"sku": "L-1", "quantityOnStock": 2, "supplyChannel": {"typeId": "channel", "key": "eu-warehouse"}},
                      {"sku": "L-2", "quantityOnStock": 5, "supplyChannel": {"typeId": "channel", "key": "eu-warehouse"}},
                      {"sku": "L-2", "quantityOnStock": 6, "supplyChannel": {"typeId": "channel", "key": "default-warehouse"}},
                      {"sku": "L-3", "quantityOnStock": 4, "supplyChannel": {"typeId": "channel", "key": "default-warehouse"}},
                      {"sku": "L-3", "quantityOnStock": 9},
                      {"sku": "L-4", "quantityOnStock": 8, "supplyChannel": {"typeId": "channel", "key": "us-warehouse"}} ]""";
            ReadOutcome outcome = b2b.read(files("categories.json", CATEGORIES, "products.json", products, "inventory.json", inventory),
                    StoredCatalogFixture.empty(), NOW);

            assertThat(outcome.problems()).isEmpty();
            ImportPlan plan = outcome.plan();
            assertThat(plan.stock()).containsExactly(new StockItem("L-1", 2), new StockItem("L-2", 6), new StockItem("L-3", 9));
            assertThat(plan.stockRefused()).isEqualTo(4);
            assertThat(plan.refused()).containsExactly(
                    "inventory.json item 0 (L-1): stock of supply channel 'us-warehouse' skipped: stock taken from supply channel 'eu-warehouse'",
                    "inventory.json item 2 (L-2): stock of supply channel 'eu-warehouse' skipped: stock taken from supply channel 'default-warehouse'",
                    "inventory.json item 4 (L-3): stock of supply channel 'default-warehouse' skipped: stock taken from the row without a supply channel",
                    "inventory.json item 6 (L-4): stock of supply channel 'us-warehouse' skipped: its supply channel is not accepted"
                            + " (kaola.catalog.supply-channels) and the SKU has no row without one");
        }

        @Test void standalone_prices_of_an_accepted_channel_price_a_sku_that_has_no_other() {
            CommercetoolsCatalogSource b2b = new CommercetoolsCatalogSource(new SupplierPriceChoice(List.of("EUR"), List.of("default-channel")), new Weights(500));
            String noPrice = product("lamp", "L-1", "").replace("\"prices\": [{\"value\": {\"centAmount\": 1999, \"currencyCode\": \"EUR\"}}]", "\"prices\": []");
            String standalone = """
                    [ {"sku": "L-1", "value": {"centAmount": 900, "currencyCode": "EUR"}, "channel": {"typeId": "channel", "key": "spain"}, "country": "ES"},
                      {"sku": "L-1", "value": {"centAmount": 1100, "currencyCode": "EUR"}, "channel": {"typeId": "channel", "key": "default-channel"}} ]""";
            Map<String, String> files = files("categories.json", CATEGORIES, "products.json", "[" + noPrice + "]",
                    "standalone-prices.json", standalone);

            assertThat(b2b.read(files, StoredCatalogFixture.empty(), NOW).plan().products().get(0).skus().get(0).supplierPrice())
                    .isEqualTo(new Money(1100, "EUR"));
            assertThat(accepted(files).products().get(0).skus().get(0).supplierPrice()).as("no channel accepted").isNull();
        }

        @Test void inventory_may_name_a_sku_stored_by_an_earlier_import() {
            ReadOutcome outcome = reader.read(files("products.json", "[]", "inventory.json", "[{\"sku\": \"OLD-1\", \"quantityOnStock\": 2}]"),
                    StoredCatalogFixture.empty().withSku("OLD-1", "old-product"), NOW);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.plan().stock()).containsExactly(new StockItem("OLD-1", 2));
        }

        @Test void products_may_use_categories_stored_by_an_earlier_import() {
            ReadOutcome outcome = reader.read(files("products.json", "[" + product("lamp", "L-1", "") + "]"),
                    StoredCatalogFixture.empty().withCategory("lamps", null), NOW);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.plan().products().get(0).categoryKeys()).containsExactly("lamps");
        }

        @Test void other_files_are_listed_as_ignored() {
            ImportPlan plan = accepted(files("products.json", "[]", "customers.json", "[]", "zones.json", "not even json"));

            assertThat(plan.ignoredFiles()).containsExactly("customers.json", "zones.json");
        }

        @Test void attributes_of_every_shape_are_kept_as_json_and_a_weight_attribute_gives_the_weight() {
            String attributes = """
                    [{"name": "color", "value": "red"}, {"name": "weight", "value": 1250.4},
                     {"name": "size", "value": {"en-GB": "King"}}, {"name": "type", "value": [{"en-GB": "Deep"}]},
                     {"name": "finish", "value": {"key": "matte", "label": "Matte"}}, {"name": "new", "value": true}]""";
            String withAttributes = product("lamp", "L-1", "").replace("\"sku\": \"L-1\",", "\"sku\": \"L-1\", \"attributes\": " + attributes + ",");
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + withAttributes + "]"));

            SkuItem sku = plan.products().get(0).skus().get(0);
            assertThat(sku.weightGrams()).isEqualTo(1250);
            assertThat(CatalogJson.readTree(sku.attributesJson()).get("type").toString()).isEqualTo("[{\"en-GB\":\"Deep\"}]");
            assertThat(CatalogJson.readTree(sku.attributesJson()).get("finish").get("key").asText()).isEqualTo("matte");
        }

        @Test void a_sku_without_weight_gets_the_default_weight() {
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]"));

            assertThat(plan.products().get(0).skus().get(0).weightGrams()).isEqualTo(500);
        }

        @Test void the_same_files_give_the_same_content_hashes() {
            Map<String, String> files = files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]");
            ProductItem first = accepted(files).products().get(0);
            ProductItem second = accepted(files).products().get(0);

            assertThat(ContentHashes.of(first)).isEqualTo(ContentHashes.of(second)).hasSize(64);
            assertThat(ContentHashes.of(first.skus().get(0), "lamp")).isEqualTo(ContentHashes.of(second.skus().get(0), "lamp"));
        }

        @Test void a_high_precision_amount_is_rounded_half_up_to_the_currency_minor_unit() {
            String precise = product("lamp", "L-1", "").replace("{\"centAmount\": 1999, \"currencyCode\": \"EUR\"}",
                    "{\"type\": \"highPrecision\", \"currencyCode\": \"EUR\", \"preciseAmount\": 199950, \"fractionDigits\": 4}");
            ImportPlan plan = accepted(files("categories.json", CATEGORIES, "products.json", "[" + precise + "]"));

            assertThat(plan.products().get(0).skus().get(0).supplierPrice()).isEqualTo(new Money(2000, "EUR"));
        }
    }

    @Nested
    class AMalformedCatalogueIsRefusedWhole {

        @Test void an_item_without_name_is_named_by_file_index_and_key() {
            String noName = product("desk", "D-1", "").replace("\"name\": {\"en-US\": \"Name of desk\", \"de-DE\": \"Name von desk\"},", "");
            ReadOutcome outcome = read(files("categories.json", CATEGORIES, "products.json",
                    "[" + product("lamp", "L-1", "") + "," + noName + "]"));

            assertThat(outcome.isAccepted()).isFalse();
            assertThat(outcome.plan()).isNull();
            assertThat(outcome.problems()).containsExactly("products.json item 1 (desk): name is missing");
        }

        @Test void missing_product_type_and_master_variant_are_both_reported() {
            String bare = "[{\"key\": \"bare\", \"name\": {\"en\": \"Bare\"}}]";
            ReadOutcome outcome = read(files("products.json", bare));

            assertThat(outcome.problems()).containsExactly("products.json item 0 (bare): productType is missing",
                    "products.json item 0 (bare): masterVariant is missing");
        }

        @Test void an_unknown_category_is_refused() {
            ReadOutcome outcome = read(files("products.json", "[" + product("lamp", "L-1", "") + "]"));

            assertThat(outcome.problems()).singleElement().asString()
                    .startsWith("products.json item 0 (lamp): categories[0]: unknown category 'lamps'");
        }

        @Test void a_sku_in_two_products_is_refused() {
            ReadOutcome outcome = read(files("categories.json", CATEGORIES, "products.json",
                    "[" + product("lamp", "X-1", "") + "," + product("desk", "X-1", "") + "]"));

            assertThat(outcome.problems()).singleElement().asString()
                    .isEqualTo("products.json item 1 (desk): masterVariant: duplicate SKU 'X-1' (also in product lamp (item 0))");
        }

        @Test void a_sku_stored_for_a_product_absent_from_the_files_is_refused() {
            ReadOutcome outcome = reader.read(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "X-1", "") + "]"),
                    StoredCatalogFixture.empty().withSku("X-1", "old-lamp"), NOW);

            assertThat(outcome.problems()).singleElement().asString().contains("belongs to stored product 'old-lamp'");
        }

        @Test void invalid_json_names_the_file_and_the_position() {
            ReadOutcome outcome = read(files("products.json", "[{\"key\": \"lamp\",]"));

            assertThat(outcome.problems()).singleElement().asString().startsWith("products.json: not valid JSON at line 1, column");
        }

        @Test void a_file_that_is_not_an_array_is_refused() {
            ReadOutcome outcome = read(files("products.json", "[]", "categories.json", "{\"key\": \"home\"}"));

            assertThat(outcome.problems()).containsExactly("categories.json: not a JSON array (found object)");
        }

        @Test void a_directory_without_products_is_refused() {
            ReadOutcome outcome = read(files("categories.json", CATEGORIES));

            assertThat(outcome.problems()).containsExactly("products.json: missing: a catalogue needs its products");
        }

        @Test void a_negative_amount_and_an_unknown_currency_are_refused() {
            String bad = product("lamp", "L-1", "").replace("{\"centAmount\": 1999, \"currencyCode\": \"EUR\"}",
                    "{\"centAmount\": -5, \"currencyCode\": \"EUR\"}}, {\"value\": {\"centAmount\": 5, \"currencyCode\": \"EURO\"}");
            ReadOutcome outcome = read(files("categories.json", CATEGORIES, "products.json", "[" + bad + "]"));

            assertThat(outcome.problems()).containsExactly(
                    "products.json item 0 (lamp): masterVariant.prices[0].value.centAmount is negative (-5)",
                    "products.json item 0 (lamp): masterVariant.prices[1].value.currencyCode 'EURO' is not an ISO 4217 currency");
        }

        @Test void inventory_with_a_negative_quantity_or_an_unknown_sku_is_refused() {
            String inventory = "[{\"sku\": \"L-1\", \"quantityOnStock\": -1}, {\"sku\": \"NOPE\", \"quantityOnStock\": 1}]";
            ReadOutcome outcome = read(files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]",
                    "inventory.json", inventory));

            assertThat(outcome.problems()).containsExactly(
                    "inventory.json item 0 (L-1): quantityOnStock is negative (-1)",
                    "inventory.json item 1 (NOPE): unknown SKU 'NOPE' (neither in products.json nor stored)");
        }

        @Test void a_standalone_price_for_a_sku_not_in_the_products_is_refused() {
            ReadOutcome outcome = read(files("products.json", "[]",
                    "standalone-prices.json", "[{\"sku\": \"GHOST\", \"value\": {\"centAmount\": 1, \"currencyCode\": \"EUR\"}}]"));

            assertThat(outcome.problems()).singleElement().asString().startsWith("standalone-prices.json item 0 (GHOST): unknown SKU");
        }

        @Test void an_unknown_parent_and_a_cycle_of_categories_are_refused() {
            String categories = """
                    [ {"key": "a", "parent": {"key": "b"}, "name": {"en": "A"}, "slug": {"en": "a"}},
                      {"key": "b", "parent": {"key": "a"}, "name": {"en": "B"}, "slug": {"en": "b"}},
                      {"key": "c", "parent": {"key": "nowhere"}, "name": {"en": "C"}, "slug": {"en": "c"}} ]""";
            ReadOutcome outcome = read(files("categories.json", categories, "products.json", "[]"));

            assertThat(outcome.problems()).containsExactlyInAnyOrder(
                    "categories.json item 2 (c): unknown parent category 'nowhere' (neither in the file nor stored)",
                    "categories.json item 0 (a): its chain of parents loops back (a cycle)",
                    "categories.json item 1 (b): its chain of parents loops back (a cycle)");
        }

        @Test void the_list_of_problems_stops_at_fifty() {
            StringBuilder products = new StringBuilder("[");
            for (int i = 0; i < 70; i++) products.append(i == 0 ? "" : ",").append("{\"key\": \"p").append(i).append("\"}");
            ReadOutcome outcome = read(files("products.json", products.append("]").toString()));

            assertThat(outcome.problems()).hasSize(ImportProblems.MAX_LISTED + 1);
            assertThat(outcome.problems().get(ImportProblems.MAX_LISTED)).isEqualTo("... and 160 more problems");
        }
    }

    @Nested
    class CrossBorderData {
        final TaxProfileMapping mapping = new TaxProfileMapping(List.of(
                new TaxProfileMapping.Rule("home", "GENERAL", true),
                new TaxProfileMapping.Rule("skincare", "COSMETICS", true),
                new TaxProfileMapping.Rule("beer", "BEER_SPIRITS", false)),
                TaxProfileMapping.TaxProfile.of("GENERAL", true));
        final CommercetoolsCatalogSource mapped = new CommercetoolsCatalogSource(new SupplierPriceChoice(List.of("EUR")), new Weights(500), mapping);

        static String productIn(String key, String sku, String categoriesJson, String attributesJson) {
            return """
                    {"key": "%s", "name": {"en-US": "%s"}, "productType": {"key": "t"}, "publish": true,
                     "categories": %s,
                     "masterVariant": {"sku": "%s", "attributes": %s,
                                       "prices": [{"value": {"centAmount": 1999, "currencyCode": "EUR"}}]}}
                    """.formatted(key, key, categoriesJson, sku, attributesJson);
        }

        @Test void each_product_gets_the_tax_profile_of_its_categories_including_stored_parents() {
            String categories = """
                    [ {"key": "skincare", "parent": {"key": "beauty"}, "name": {"en": "Skincare"}, "slug": {"en": "skincare"}},
                      {"key": "masks", "parent": {"key": "skincare"}, "name": {"en": "Masks"}, "slug": {"en": "masks"}},
                      {"key": "beer", "name": {"en": "Beer"}, "slug": {"en": "beer"}} ]""";
            String products = "[" + productIn("mask", "M-1", "[{\"key\": \"masks\"}]", "[]") + ","
                    + productIn("lager", "B-1", "[{\"key\": \"beer\"}]", "[]") + ","
                    + productIn("lamp", "L-1", "[{\"key\": \"lamps\"}]", "[]") + ","
                    + productIn("mystery", "X-1", "[{\"key\": \"beauty\"}]", "[]") + "]";
            StoredCatalogFixture stored = StoredCatalogFixture.empty().withCategory("beauty", null)
                    .withCategory("home", null).withCategory("lamps", "home");

            ImportPlan plan = mapped.read(files("categories.json", categories, "products.json", products), stored, NOW).plan();

            assertThat(plan.products()).extracting(ProductItem::key, ProductItem::taxProfile).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("mask", new TaxProfileMapping.TaxProfile("COSMETICS", true)),
                    org.assertj.core.groups.Tuple.tuple("lager", new TaxProfileMapping.TaxProfile("BEER_SPIRITS", false)),
                    org.assertj.core.groups.Tuple.tuple("lamp", new TaxProfileMapping.TaxProfile("GENERAL", true)),
                    org.assertj.core.groups.Tuple.tuple("mystery", new TaxProfileMapping.TaxProfile("GENERAL", true)));
        }

        @Test void a_sku_gets_its_net_content_from_its_attributes_or_none() {
            String products = "[" + productIn("cream", "C-15", "[]", "[{\"name\": \"volume-ml\", \"value\": 15}]") + ","
                    + productIn("lamp", "L-1", "[]", "[{\"name\": \"color\", \"value\": \"red\"}]") + "]";

            ImportPlan plan = mapped.read(files("products.json", products), StoredCatalogFixture.empty(), NOW).plan();

            assertThat(plan.products().get(0).skus().get(0).netContent())
                    .isEqualTo(new NetContent(new java.math.BigDecimal("15"), "ML"));
            assertThat(plan.products().get(1).skus().get(0).netContent()).isNull();
        }

        @Test void a_mapping_change_changes_the_product_hash_so_a_re_import_reports_it_updated() {
            Map<String, String> files = files("categories.json", CATEGORIES, "products.json", "[" + product("lamp", "L-1", "") + "]");
            TaxProfileMapping lampsAreBooks = new TaxProfileMapping(List.of(new TaxProfileMapping.Rule("lamps", "REDUCED_9", true)),
                    TaxProfileMapping.TaxProfile.of("GENERAL", true));

            String before = ContentHashes.of(mapped.read(files, StoredCatalogFixture.empty(), NOW).plan().products().get(0));
            String again = ContentHashes.of(mapped.read(files, StoredCatalogFixture.empty(), NOW).plan().products().get(0));
            String after = ContentHashes.of(new CommercetoolsCatalogSource(new SupplierPriceChoice(List.of("EUR")), new Weights(500), lampsAreBooks)
                    .read(files, StoredCatalogFixture.empty(), NOW).plan().products().get(0));

            assertThat(again).isEqualTo(before);
            assertThat(after).isNotEqualTo(before);
        }
    }
}
