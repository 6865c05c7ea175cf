package io.kaola.product.catalogimport.domain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.common.money.Money;
import io.kaola.product.catalog.domain.CategoryTree;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a directory in the commercetools draft format (one JSON array of drafts per file, see
 * https://docs.commercetools.com/api/projects/products#productdraft and the sibling draft types)
 * and validates all of it before anything is written.
 * <p>
 * Two kinds of trouble, on purpose:
 * <ul>
 *   <li><b>malformed</b>: what the format forbids or what cannot be resolved (not JSON, not an array,
 *       a required field missing, a negative amount, an unknown currency, an unknown category or SKU,
 *       a duplicate key or SKU, a category cycle). Any of them refuses the whole import; the
 *       problems name file and item ({@link ImportProblems}).</li>
 *   <li><b>refused</b>: what the format allows but this platform does not take; the item is skipped,
 *       listed in {@link ImportPlan#refused()} and counted. Today: inventory rows of a supply channel
 *       that are not the one row taken for their SKU (the import fills one bonded warehouse: a row
 *       without supply channel, else the row of the first accepted supply channel the SKU has).</li>
 * </ul>
 * What is neither is imported as is: a SKU without a usable price is stored, not on sale; a variant
 * without a sku gets a derived code ({@link SkuCodes}); any attribute value (text, number, boolean,
 * localized text, enum, set, reference) is kept as JSON.
 * <p>
 * Cross-border data the format has no field for: each product's tax category and positive-list flag
 * come from its categories ({@link TaxProfileMapping}); each SKU's parcel weight ({@link Weights}) and
 * net content ({@link NetContents}) from its attributes.
 * <p>
 * Money: {@code centAmount} (or {@code preciseAmount} for {@code "type": "highPrecision"}) in units
 * of {@code fractionDigits} (the currency's default when absent) is converted to the currency's
 * default minor units, rounded HALF_UP when the source has more digits (commercetools itself rounds a
 * high-precision amount to its centAmount; we round the same value rather than refuse it).
 */
public final class CatalogReader {
    public static final String CATEGORIES = "categories.json";
    public static final String PRODUCTS = "products.json";
    public static final String INVENTORY = "inventory.json";
    public static final String STANDALONE_PRICES = "standalone-prices.json";
    static final Set<String> KNOWN_FILES = Set.of(CATEGORIES, PRODUCTS, INVENTORY, STANDALONE_PRICES);
    static final int MAX_KEY_LENGTH = 256;
    static final int MAX_CATEGORY_KEY_LENGTH = 128;
    static final int MAX_SKU_LENGTH = 128;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final SupplierPriceChoice priceChoice;
    private final Weights weights;
    private final TaxProfileMapping taxMapping;
    private final List<String> supplyChannels;

    /**
     * @param priceChoice    which list price a SKU gets
     * @param weights        parcel weight of a SKU
     * @param taxMapping     cross-border tax profile of a product, from its categories
     * @param supplyChannels supply channel keys whose inventory row stocks a SKU that has no row without
     *                       supply channel, in order of preference (e.g. default-warehouse); empty: none
     */
    public CatalogReader(SupplierPriceChoice priceChoice, Weights weights, TaxProfileMapping taxMapping,
                         List<String> supplyChannels) {
        this.priceChoice = priceChoice;
        this.weights = weights;
        this.taxMapping = taxMapping;
        this.supplyChannels = List.copyOf(supplyChannels);
    }

    /** A reader that takes only inventory rows without supply channel. */
    public CatalogReader(SupplierPriceChoice priceChoice, Weights weights, TaxProfileMapping taxMapping) {
        this(priceChoice, weights, taxMapping, List.of());
    }

    /** A reader that gives every product GENERAL, importable. */
    public CatalogReader(SupplierPriceChoice priceChoice, Weights weights) {
        this(priceChoice, weights, TaxProfileMapping.everything(TaxProfileMapping.TaxProfile.of("GENERAL", true)));
    }

    /**
     * @param files file name (no directory) to JSON text
     * @param known what is already stored, for references to items the files do not contain
     * @param now   the instant price validity windows are checked against
     * @return the plan, or the problems that refuse the import
     */
    public ReadOutcome read(Map<String, String> files, KnownCatalog known, Instant now) {
        return new Reading(files == null ? Map.of() : files, known, now).read();
    }

    /** One read of one directory: the state shared by the files' checks. */
    private final class Reading {
        private final Map<String, String> files;
        private final KnownCatalog known;
        private final Instant now;
        private final ImportProblems problems = new ImportProblems();
        private final List<String> refused = new ArrayList<>();

        Reading(Map<String, String> files, KnownCatalog known, Instant now) {
            this.files = files;
            this.known = known;
            this.now = now;
        }

        ReadOutcome read() {
            List<String> ignored = new ArrayList<>(new TreeSet<>(files.keySet().stream()
                    .filter(name -> !KNOWN_FILES.contains(name)).toList()));
            Map<String, ArrayNode> arrays = new HashMap<>();
            for (String name : KNOWN_FILES) {
                if (files.containsKey(name)) {
                    ArrayNode array = parseArray(name, files.get(name));
                    if (array != null) arrays.put(name, array);
                }
            }
            if (!files.containsKey(PRODUCTS)) problems.inFile(PRODUCTS, "missing: a catalogue needs its products");
            // References across files cannot be checked once a file is unreadable.
            if (!problems.isEmpty()) return refusedOutcome();

            Map<String, String> storedCategories = known.categoryParents();
            List<CategoryItem> categories = readCategories(arrays.get(CATEGORIES), storedCategories);
            Set<String> categoryKeys = new HashSet<>(storedCategories.keySet());
            categories.forEach(c -> categoryKeys.add(c.key()));

            List<ProductRead> products = readProducts(arrays.get(PRODUCTS), categoryKeys);
            Map<String, String> fileSkuOwners = new HashMap<>();
            products.forEach(p -> p.variants.forEach(v -> fileSkuOwners.put(v.skuCode, p.key)));

            Map<String, List<PriceDraft>> standalone = readStandalonePrices(arrays.get(STANDALONE_PRICES), fileSkuOwners);
            List<InventoryRow> inventory = readInventory(arrays.get(INVENTORY));

            Set<String> lookUp = new LinkedHashSet<>(fileSkuOwners.keySet());
            inventory.forEach(row -> lookUp.add(row.sku));
            Map<String, String> storedOwners = lookUp.isEmpty() ? Map.of() : known.skuOwners(lookUp);
            checkSkuOwnership(products, storedOwners);
            List<StockItem> stock = checkInventorySkus(inventory, fileSkuOwners, storedOwners);

            if (!problems.isEmpty()) return refusedOutcome();

            Map<String, String> parents = new HashMap<>(storedCategories);
            categories.forEach(c -> parents.put(c.key(), c.parentKey()));
            List<String> generated = new ArrayList<>();
            List<ProductItem> items = new ArrayList<>();
            for (ProductRead p : products) {
                List<SkuItem> skus = new ArrayList<>();
                for (VariantRead v : p.variants) {
                    List<PriceDraft> prices = v.embeddedPrices.isEmpty()
                            ? standalone.getOrDefault(v.skuCode, List.of()) : v.embeddedPrices;
                    Money price = priceChoice.choose(prices, now).orElse(null);
                    skus.add(new SkuItem(v.skuCode, v.derived, v.variantKey, v.position,
                            CatalogJson.write(v.attributes), CatalogJson.write(v.images), price,
                            weights.gramsOf(v.attributes), NetContents.of(v.attributes)));
                    if (v.derived) generated.add(p.key + ": " + v.skuCode);
                }
                items.add(new ProductItem(p.key, p.name, p.description, p.slug, p.productType, p.taxCategory,
                        p.published, List.copyOf(new TreeSet<>(p.categoryKeys)), skus,
                        taxMapping.profileOf(p.categoryKeys, parents)));
            }
            ImportPlan plan = new ImportPlan(categories, items, arrays.containsKey(INVENTORY) ? stock : null,
                    inventory.size() - stock.size(), List.copyOf(refused), ignored, generated);
            return new ReadOutcome(plan, List.of());
        }

        private ReadOutcome refusedOutcome() { return new ReadOutcome(null, problems.list()); }

        private ArrayNode parseArray(String file, String text) {
            if (text == null || text.isBlank()) {
                problems.inFile(file, "empty: expected a JSON array of drafts");
                return null;
            }
            try {
                JsonNode root = CatalogJson.mapper().readTree(text);
                if (root instanceof ArrayNode array) return array;
                problems.inFile(file, "not a JSON array (found " + root.getNodeType().name().toLowerCase() + ")");
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                problems.inFile(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                        + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
            }
            return null;
        }

        // ---------------------------------------------------------------- categories

        private List<CategoryItem> readCategories(ArrayNode array, Map<String, String> storedCategories) {
            if (array == null) return List.of();
            Map<String, CategoryItem> byKey = new LinkedHashMap<>();
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode c = array.get(i);
                String key = c.isObject() ? textOrNull(c.get("key")) : null;
                Item item = new Item(CATEGORIES, i, key);
                if (!c.isObject()) { item.problem("must be a JSON object"); continue; }
                key = item.text(c, "key");
                Map<String, String> name = item.localized(c, "name", true);
                Map<String, String> slug = item.localized(c, "slug", true);
                Map<String, String> description = item.localized(c, "description", false);
                String orderHint = item.text(c, "orderHint");
                String parentKey = null;
                JsonNode parent = c.get("parent");
                if (parent != null && !parent.isNull()) {
                    parentKey = parent.isObject() ? textOrNull(parent.get("key")) : null;
                    if (parentKey == null) {
                        item.problem(parent.has("id")
                                ? "parent refers to a category by id; the import resolves parents by key"
                                : "parent must be a reference {\"typeId\": \"category\", \"key\": ...}");
                    }
                }
                if (key == null) key = first(slug);
                item.id = key;
                if (key == null) { item.problem("has neither key nor slug"); continue; }
                if (key.length() > MAX_CATEGORY_KEY_LENGTH) item.problem("key longer than " + MAX_CATEGORY_KEY_LENGTH + " characters");
                if (byKey.containsKey(key)) {
                    item.problem("duplicate category key (also item " + indexOf.get(key) + ")");
                    continue;
                }
                if (name == null || slug == null) continue;
                byKey.put(key, new CategoryItem(key, parentKey, name, slug, description == null ? Map.of() : description,
                        orderHint));
                indexOf.put(key, i);
            }
            Map<String, String> parents = new HashMap<>(storedCategories);
            byKey.values().forEach(c -> parents.put(c.key(), c.parentKey()));
            for (CategoryItem c : byKey.values()) {
                if (c.parentKey() != null && !parents.containsKey(c.parentKey())) {
                    new Item(CATEGORIES, indexOf.get(c.key()), c.key())
                            .problem("unknown parent category '" + c.parentKey() + "' (neither in the file nor stored)");
                }
            }
            for (String key : CategoryTree.inCycle(parents, byKey.keySet())) {
                new Item(CATEGORIES, indexOf.get(key), key).problem("its chain of parents loops back (a cycle)");
            }
            return CategoryTree.parentsFirst(byKey.values(), CategoryItem::key, CategoryItem::parentKey,
                    CategoryItem::orderHint);
        }

        // ---------------------------------------------------------------- products

        private List<ProductRead> readProducts(ArrayNode array, Set<String> categoryKeys) {
            List<ProductRead> products = new ArrayList<>();
            Map<String, Integer> productIndex = new HashMap<>();
            Map<String, String> skuSeenAt = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode p = array.get(i);
                String key = p.isObject() ? textOrNull(p.get("key")) : null;
                Item item = new Item(PRODUCTS, i, key);
                if (!p.isObject()) { item.problem("must be a JSON object"); continue; }
                ProductRead product = new ProductRead();
                key = item.text(p, "key");
                product.slug = item.localized(p, "slug", false);
                if (key == null) key = first(product.slug);
                item.id = key;
                if (key == null) { item.problem("has neither key nor slug"); continue; }
                if (key.length() > MAX_KEY_LENGTH) item.problem("key longer than " + MAX_KEY_LENGTH + " characters");
                if (productIndex.containsKey(key)) {
                    item.problem("duplicate product key (also item " + productIndex.get(key) + ")");
                    continue;
                }
                productIndex.put(key, i);
                product.key = key;
                product.fileIndex = i;
                product.name = item.localized(p, "name", true);
                product.description = orEmpty(item.localized(p, "description", false));
                if (product.slug == null) product.slug = Map.of();
                product.productType = item.reference(p, "productType", true);
                product.taxCategory = item.reference(p, "taxCategory", false);
                JsonNode publish = p.get("publish");
                if (publish != null && !publish.isNull() && !publish.isBoolean()) item.problem("publish must be true or false");
                product.published = publish != null && publish.asBoolean(false);
                product.categoryKeys = readCategoryRefs(item, p.get("categories"), categoryKeys);
                Map<String, JsonNode> productAttributes = item.attributes(p.get("attributes"), "attributes");

                JsonNode master = p.get("masterVariant");
                if (master == null || master.isNull()) {
                    item.problem("masterVariant is missing");
                } else {
                    product.variants.add(readVariant(item, "masterVariant", master, key, 0, productAttributes));
                }
                JsonNode variants = p.get("variants");
                if (variants != null && !variants.isNull()) {
                    if (!variants.isArray()) {
                        item.problem("variants must be an array");
                    } else {
                        for (int v = 0; v < variants.size(); v++) {
                            product.variants.add(readVariant(item, "variants[" + v + "]", variants.get(v), key, v + 1,
                                    productAttributes));
                        }
                    }
                }
                product.variants.removeIf(v -> v == null);
                for (VariantRead v : product.variants) {
                    String previous = skuSeenAt.putIfAbsent(v.skuCode, key + " (item " + i + ")");
                    if (previous != null) {
                        item.problem(v.path + ": duplicate SKU '" + v.skuCode + "' (also in product " + previous + ")");
                    }
                }
                products.add(product);
            }
            return products;
        }

        private List<String> readCategoryRefs(Item item, JsonNode refs, Set<String> categoryKeys) {
            List<String> keys = new ArrayList<>();
            if (refs == null || refs.isNull()) return keys;
            if (!refs.isArray()) { item.problem("categories must be an array of references"); return keys; }
            for (int j = 0; j < refs.size(); j++) {
                JsonNode ref = refs.get(j);
                String key = ref.isObject() ? textOrNull(ref.get("key")) : null;
                if (key == null) {
                    item.problem("categories[" + j + "] " + (ref.has("id")
                            ? "refers to a category by id; the import resolves categories by key"
                            : "must be a reference {\"typeId\": \"category\", \"key\": ...}"));
                } else if (!categoryKeys.contains(key)) {
                    item.problem("categories[" + j + "]: unknown category '" + key + "' (neither in categories.json nor stored)");
                } else if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            return keys;
        }

        private VariantRead readVariant(Item item, String path, JsonNode v, String productKey, int position,
                                        Map<String, JsonNode> productAttributes) {
            if (!v.isObject()) { item.problem(path + " must be a JSON object"); return null; }
            VariantRead variant = new VariantRead();
            variant.path = path;
            variant.position = position;
            String sku = item.text(v, "sku", path + ".sku");
            variant.variantKey = item.text(v, "key", path + ".key");
            variant.skuCode = SkuCodes.of(sku, variant.variantKey, productKey, position);
            variant.derived = SkuCodes.isDerived(sku);
            if (variant.skuCode.length() > MAX_SKU_LENGTH) {
                item.problem(path + ": SKU code '" + variant.skuCode + "' longer than " + MAX_SKU_LENGTH + " characters");
            }
            variant.attributes = new LinkedHashMap<>(productAttributes);
            variant.attributes.putAll(item.attributes(v.get("attributes"), path + ".attributes"));
            JsonNode images = v.get("images");
            if (images != null && !images.isNull()) {
                if (!images.isArray()) {
                    item.problem(path + ".images must be an array");
                } else {
                    for (int j = 0; j < images.size(); j++) {
                        JsonNode image = images.get(j);
                        if (!image.isObject() || textOrNull(image.get("url")) == null) {
                            item.problem(path + ".images[" + j + "] needs a url");
                        } else {
                            variant.images.add(image);
                        }
                    }
                }
            }
            JsonNode prices = v.get("prices");
            if (prices != null && !prices.isNull()) {
                if (!prices.isArray()) {
                    item.problem(path + ".prices must be an array");
                } else {
                    for (int j = 0; j < prices.size(); j++) {
                        PriceDraft price = item.price(prices.get(j), path + ".prices[" + j + "]");
                        if (price != null) variant.embeddedPrices.add(price);
                    }
                }
            }
            return variant;
        }

        private void checkSkuOwnership(List<ProductRead> products, Map<String, String> storedOwners) {
            Set<String> productKeys = new HashSet<>();
            products.forEach(p -> productKeys.add(p.key));
            for (ProductRead p : products) {
                for (VariantRead v : p.variants) {
                    String owner = storedOwners.get(v.skuCode);
                    if (owner != null && !owner.equals(p.key) && !productKeys.contains(owner)) {
                        new Item(PRODUCTS, p.fileIndex, p.key).problem(v.path + ": SKU '" + v.skuCode
                                + "' belongs to stored product '" + owner + "', which this import does not contain");
                    }
                }
            }
        }

        // ---------------------------------------------------------------- prices and stock

        private Map<String, List<PriceDraft>> readStandalonePrices(ArrayNode array, Map<String, String> fileSkus) {
            Map<String, List<PriceDraft>> bySku = new HashMap<>();
            if (array == null) return bySku;
            for (int i = 0; i < array.size(); i++) {
                JsonNode row = array.get(i);
                String sku = row.isObject() ? textOrNull(row.get("sku")) : null;
                Item item = new Item(STANDALONE_PRICES, i, sku);
                if (!row.isObject()) { item.problem("must be a JSON object"); continue; }
                sku = item.text(row, "sku");
                if (sku == null) { item.problem("sku is missing"); continue; }
                PriceDraft price = item.price(row, "");
                if (!fileSkus.containsKey(sku)) {
                    item.problem("unknown SKU '" + sku + "' (standalone prices apply to the SKUs of products.json)");
                    continue;
                }
                JsonNode active = row.get("active");
                if (active != null && !active.isNull() && !active.isBoolean()) item.problem("active must be true or false");
                boolean isActive = active == null || active.isNull() || active.asBoolean();
                if (price != null && isActive) bySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(price);
            }
            return bySku;
        }

        private List<InventoryRow> readInventory(ArrayNode array) {
            List<InventoryRow> rows = new ArrayList<>();
            if (array == null) return rows;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode row = array.get(i);
                String sku = row.isObject() ? textOrNull(row.get("sku")) : null;
                Item item = new Item(INVENTORY, i, sku);
                if (!row.isObject()) { item.problem("must be a JSON object"); continue; }
                sku = item.text(row, "sku");
                JsonNode quantity = row.get("quantityOnStock");
                Long onHand = null;
                if (quantity == null || quantity.isNull()) item.problem("quantityOnStock is missing");
                else if (!quantity.isIntegralNumber() || !quantity.canConvertToLong()) item.problem("quantityOnStock must be a whole number");
                else if (quantity.asLong() < 0) item.problem("quantityOnStock is negative (" + quantity.asLong() + ")");
                else onHand = quantity.asLong();
                String channel = null;
                JsonNode supply = row.get("supplyChannel");
                if (supply != null && !supply.isNull()) {
                    channel = supply.isObject() && textOrNull(supply.get("key")) != null ? supply.get("key").asText()
                            : supply.isObject() && textOrNull(supply.get("id")) != null ? "id:" + supply.get("id").asText()
                            : null;
                    if (channel == null) item.problem("supplyChannel must be a reference with a key or id");
                }
                if (sku == null) { item.problem("sku is missing"); continue; }
                Integer previous = seen.putIfAbsent(sku + "\u0000" + channel, i);
                if (previous != null) item.problem("duplicate row for this SKU and supply channel (also item " + previous + ")");
                if (onHand != null) rows.add(new InventoryRow(i, sku, onHand, channel));
            }
            return rows;
        }

        private List<StockItem> checkInventorySkus(List<InventoryRow> rows, Map<String, String> fileSkus,
                                                   Map<String, String> storedOwners) {
            Map<String, InventoryRow> taken = takenRows(rows);
            List<StockItem> stock = new ArrayList<>();
            for (InventoryRow row : rows) {
                Item item = new Item(INVENTORY, row.index, row.sku);
                InventoryRow winner = taken.get(row.sku);
                if (!fileSkus.containsKey(row.sku) && !storedOwners.containsKey(row.sku)) {
                    item.problem("unknown SKU '" + row.sku + "' (neither in products.json nor stored)");
                } else if (winner == row) {
                    stock.add(new StockItem(row.sku, row.onHand));
                } else {
                    String instead = winner == null
                            ? "its supply channel is not accepted (kaola.catalog.supply-channels) and the SKU has no row without one"
                            : winner.channel == null ? "stock taken from the row without a supply channel"
                            : "stock taken from supply channel '" + winner.channel + "'";
                    refused.add(INVENTORY + " item " + row.index + " (" + row.sku + "): stock of supply channel '"
                            + row.channel + "' skipped: " + instead);
                }
            }
            return stock;
        }

        /**
         * The import fills one bonded warehouse, so a SKU takes one row: the one without supply channel,
         * else the one of the first accepted supply channel it has.
         *
         * @return SKU code to its row; SKUs with rows of other supply channels only are absent
         */
        private Map<String, InventoryRow> takenRows(List<InventoryRow> rows) {
            Map<String, InventoryRow> taken = new HashMap<>();
            for (InventoryRow row : rows) {
                if (row.channel == null) taken.put(row.sku, row);
            }
            for (String channel : supplyChannels) {
                for (InventoryRow row : rows) {
                    if (channel.equals(row.channel)) taken.putIfAbsent(row.sku, row);
                }
            }
            return taken;
        }

        /** One item of one file, for problems that name it. */
        private final class Item {
            final String file;
            final int index;
            String id;

            Item(String file, int index, String id) {
                this.file = file;
                this.index = index;
                this.id = id;
            }

            void problem(String problem) { problems.inItem(file, index, id, problem); }

            String text(JsonNode node, String field) { return text(node, field, field); }

            String text(JsonNode node, String field, String path) {
                JsonNode value = node.get(field);
                if (value == null || value.isNull()) return null;
                if (!value.isTextual()) { problem(path + " must be a string"); return null; }
                return value.asText().isBlank() ? null : value.asText();
            }

            /** @return locale to text; null when missing (a problem if required) or malformed (a problem) */
            Map<String, String> localized(JsonNode node, String field, boolean required) {
                JsonNode value = node.get(field);
                if (value == null || value.isNull()) {
                    if (required) problem(field + " is missing");
                    return null;
                }
                if (!value.isObject()) {
                    problem(field + " must be a localized string, e.g. {\"en-US\": \"...\"}");
                    return null;
                }
                Map<String, String> texts = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> locale : value.properties()) {
                    if (locale.getValue().isNull()) continue;
                    if (!locale.getValue().isTextual()) {
                        problem(field + "." + locale.getKey() + " must be a string");
                        return null;
                    }
                    texts.put(locale.getKey(), locale.getValue().asText());
                }
                if (required && texts.isEmpty()) { problem(field + " has no locale"); return null; }
                return texts;
            }

            /** @return the reference's key (or id when it has no key); null when missing or malformed */
            String reference(JsonNode node, String field, boolean required) {
                JsonNode value = node.get(field);
                if (value == null || value.isNull()) {
                    if (required) problem(field + " is missing");
                    return null;
                }
                String key = value.isObject() ? textOrNull(value.get("key")) : null;
                String id = value.isObject() ? textOrNull(value.get("id")) : null;
                if (key == null && id == null) {
                    problem(field + " must be a reference with a key or id");
                    return null;
                }
                return key != null ? key : id;
            }

            /** @return attribute name to value; malformed entries are problems */
            Map<String, JsonNode> attributes(JsonNode array, String path) {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                if (array == null || array.isNull()) return attributes;
                if (!array.isArray()) { problem(path + " must be an array"); return attributes; }
                for (int j = 0; j < array.size(); j++) {
                    JsonNode attribute = array.get(j);
                    String name = attribute.isObject() ? textOrNull(attribute.get("name")) : null;
                    JsonNode value = attribute.isObject() ? attribute.get("value") : null;
                    if (name == null) problem(path + "[" + j + "] needs a name");
                    else if (value == null || value.isNull()) problem(path + "[" + j + "] (" + name + ") needs a value");
                    else attributes.put(name, value);
                }
                return attributes;
            }

            /** @return the price, null when malformed (a problem) */
            PriceDraft price(JsonNode price, String path) {
                if (!price.isObject()) { problem(path + " must be a JSON object"); return null; }
                Money value = money(price.get("value"), at(path, "value"));
                String country = text(price, "country", at(path, "country"));
                Instant validFrom = instant(price, "validFrom", path);
                Instant validUntil = instant(price, "validUntil", path);
                if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
                    problem(at(path, "validFrom") + " is not before validUntil");
                    return null;
                }
                if (value == null) return null;
                return new PriceDraft(value, country, channelOf(price.get("channel")), isSet(price.get("customerGroup")),
                        validFrom, validUntil);
            }

            private Instant instant(JsonNode node, String field, String path) {
                String text = text(node, field, at(path, field));
                if (text == null) return null;
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    problem(at(path, field) + " is not an ISO 8601 date-time with offset: " + text);
                    return null;
                }
            }

            /** @return the amount in the currency's default minor units; null when malformed (a problem) */
            Money money(JsonNode value, String path) {
                if (value == null || value.isNull()) { problem(path + " is missing"); return null; }
                if (!value.isObject()) { problem(path + " must be a money object"); return null; }
                String code = textOrNull(value.get("currencyCode"));
                if (code == null) { problem(path + ".currencyCode is missing"); return null; }
                Currency currency = currency(code);
                if (currency == null) { problem(path + ".currencyCode '" + code + "' is not an ISO 4217 currency"); return null; }
                String type = textOrNull(value.get("type"));
                boolean precise = "highPrecision".equals(type);
                if (type != null && !precise && !"centPrecision".equals(type)) {
                    problem(path + ".type must be centPrecision or highPrecision");
                    return null;
                }
                String amountField = precise && value.hasNonNull("preciseAmount") ? "preciseAmount" : "centAmount";
                JsonNode amount = value.get(amountField);
                if (amount == null || amount.isNull()) { problem(path + "." + amountField + " is missing"); return null; }
                if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
                    problem(path + "." + amountField + " must be a whole number of minor units");
                    return null;
                }
                if (amount.asLong() < 0) { problem(path + "." + amountField + " is negative (" + amount.asLong() + ")"); return null; }
                int defaultDigits = currency.getDefaultFractionDigits();
                int digits = defaultDigits;
                JsonNode fractionDigits = value.get("fractionDigits");
                if (fractionDigits != null && !fractionDigits.isNull()) {
                    if (!fractionDigits.isInt() || fractionDigits.asInt() < 0 || fractionDigits.asInt() > 20) {
                        problem(path + ".fractionDigits must be a whole number 0..20");
                        return null;
                    }
                    digits = fractionDigits.asInt();
                } else if (precise && "preciseAmount".equals(amountField)) {
                    problem(path + ".fractionDigits is required with preciseAmount");
                    return null;
                }
                BigDecimal major = BigDecimal.valueOf(amount.asLong(), digits);
                BigDecimal minor = major.setScale(defaultDigits, RoundingMode.HALF_UP).movePointRight(defaultDigits);
                return new Money(minor.longValueExact(), code);
            }
        }
    }

    private static Currency currency(String code) {
        if (!CURRENCY.matcher(code).matches()) return null;
        try {
            Currency currency = Currency.getInstance(code);
            // Codes such as XAU (gold) have no minor unit and cannot be a shop price.
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return "path.field", or "field" at the top of an item */
    private static String at(String path, String field) { return path.isEmpty() ? field : path + "." + field; }

    private static boolean isSet(JsonNode node) { return node != null && !node.isNull(); }

    /**
     * @return the channel reference's key, "id:&lt;id&gt;" without key, "?" when it names neither (still a
     * channel price, matching no accepted channel); null when the price has no channel
     */
    private static String channelOf(JsonNode channel) {
        if (!isSet(channel)) return null;
        String key = channel.isObject() ? textOrNull(channel.get("key")) : null;
        String id = channel.isObject() ? textOrNull(channel.get("id")) : null;
        return key != null ? key : id != null ? "id:" + id : "?";
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String first(Map<String, String> localized) {
        if (localized == null) return null;
        return localized.values().stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }

    private static Map<String, String> orEmpty(Map<String, String> map) { return map == null ? Map.of() : map; }

    /** A product as read, before prices are chosen. */
    private static final class ProductRead {
        String key;
        Map<String, String> name;
        Map<String, String> description;
        Map<String, String> slug;
        String productType;
        String taxCategory;
        boolean published;
        List<String> categoryKeys = List.of();
        final List<VariantRead> variants = new ArrayList<>();
        int fileIndex;
    }

    /** A variant as read. */
    private static final class VariantRead {
        String path;
        int position;
        String skuCode;
        boolean derived;
        String variantKey;
        Map<String, JsonNode> attributes;
        final List<JsonNode> images = new ArrayList<>();
        final List<PriceDraft> embeddedPrices = new ArrayList<>();
    }

    private record InventoryRow(int index, String sku, long onHand, String channel) {}
}
