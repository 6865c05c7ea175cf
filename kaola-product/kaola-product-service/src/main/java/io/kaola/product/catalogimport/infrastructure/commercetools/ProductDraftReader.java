package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.product.catalog.infrastructure.CatalogJson;
import io.kaola.product.catalogimport.domain.AttributeValue;
import io.kaola.product.catalogimport.domain.ImportProblems;
import io.kaola.product.catalogimport.domain.PriceDraft;
import io.kaola.product.catalogimport.domain.ProductDraft;
import io.kaola.product.catalogimport.domain.SkuCodes;
import io.kaola.product.catalogimport.domain.VariantDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.kaola.product.catalogimport.domain.CatalogFiles.PRODUCTS;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.first;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.orEmpty;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.textOrNull;

/**
 * Reads products.json: commercetools {@code ProductDraft}s
 * (https://docs.commercetools.com/api/projects/products#productdraft) with their variants and embedded prices
 * ({@link PriceDraftReader}) into {@link ProductDraft}s. A product without key takes its first slug; a variant
 * without sku gets a derived code ({@link SkuCodes}); categories are resolved by key; any attribute value (text,
 * number, boolean, localized text, enum, set, reference) is kept as JSON, the product's attributes under the
 * variant's own. A duplicate key or SKU, an unknown category or a malformed field is a problem.
 */
final class ProductDraftReader {
    static final int MAX_KEY_LENGTH = 256;
    static final int MAX_SKU_LENGTH = 128;

    private ProductDraftReader() {}

    /**
     * @param array        products.json
     * @param categoryKeys every category key in categories.json or stored
     * @return the products in file order (those without key or slug, or with a duplicate key, left out)
     */
    static List<ProductDraft> read(ArrayNode array, Set<String> categoryKeys, ImportProblems problems) {
        List<ProductDraft> products = new ArrayList<>();
        Map<String, Integer> productIndex = new HashMap<>();
        Map<String, String> skuSeenAt = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String key = p.isObject() ? textOrNull(p.get("key")) : null;
            DraftItem item = new DraftItem(problems, PRODUCTS, i, key);
            if (!p.isObject()) { item.problem("must be a JSON object"); continue; }
            key = item.text(p, "key");
            Map<String, String> slug = item.localized(p, "slug", false);
            if (key == null) key = first(slug);
            item.id = key;
            if (key == null) { item.problem("has neither key nor slug"); continue; }
            if (key.length() > MAX_KEY_LENGTH) item.problem("key longer than " + MAX_KEY_LENGTH + " characters");
            if (productIndex.containsKey(key)) {
                item.problem("duplicate product key (also item " + productIndex.get(key) + ")");
                continue;
            }
            productIndex.put(key, i);
            Map<String, String> name = item.localized(p, "name", true);
            Map<String, String> description = orEmpty(item.localized(p, "description", false));
            if (slug == null) slug = Map.of();
            String productType = item.reference(p, "productType", true);
            String taxCategory = item.reference(p, "taxCategory", false);
            JsonNode publish = p.get("publish");
            if (publish != null && !publish.isNull() && !publish.isBoolean()) item.problem("publish must be true or false");
            boolean published = publish != null && publish.asBoolean(false);
            List<String> categories = readCategoryRefs(item, p.get("categories"), categoryKeys);
            Map<String, JsonNode> productAttributes = item.attributes(p.get("attributes"), "attributes");

            List<VariantDraft> variants = new ArrayList<>();
            JsonNode master = p.get("masterVariant");
            if (master == null || master.isNull()) {
                item.problem("masterVariant is missing");
            } else {
                variants.add(readVariant(item, "masterVariant", master, key, 0, productAttributes));
            }
            JsonNode others = p.get("variants");
            if (others != null && !others.isNull()) {
                if (!others.isArray()) {
                    item.problem("variants must be an array");
                } else {
                    for (int v = 0; v < others.size(); v++) {
                        variants.add(readVariant(item, "variants[" + v + "]", others.get(v), key, v + 1, productAttributes));
                    }
                }
            }
            variants.removeIf(v -> v == null);
            for (VariantDraft v : variants) {
                String previous = skuSeenAt.putIfAbsent(v.skuCode(), key + " (item " + i + ")");
                if (previous != null) {
                    item.problem(v.path() + ": duplicate SKU '" + v.skuCode() + "' (also in product " + previous + ")");
                }
            }
            products.add(new ProductDraft(i, key, name, description, slug, productType, taxCategory, published,
                    categories, List.copyOf(variants)));
        }
        return products;
    }

    private static List<String> readCategoryRefs(DraftItem item, JsonNode refs, Set<String> categoryKeys) {
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

    /** @return the variant, null when it is not a JSON object (a problem) */
    private static VariantDraft readVariant(DraftItem item, String path, JsonNode v, String productKey, int position,
                                            Map<String, JsonNode> productAttributes) {
        if (!v.isObject()) { item.problem(path + " must be a JSON object"); return null; }
        String sku = item.text(v, "sku", path + ".sku");
        String variantKey = item.text(v, "key", path + ".key");
        String skuCode = SkuCodes.of(sku, variantKey, productKey, position);
        if (skuCode.length() > MAX_SKU_LENGTH) {
            item.problem(path + ": SKU code '" + skuCode + "' longer than " + MAX_SKU_LENGTH + " characters");
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>(productAttributes);
        attributes.putAll(item.attributes(v.get("attributes"), path + ".attributes"));
        List<JsonNode> images = new ArrayList<>();
        JsonNode imageArray = v.get("images");
        if (imageArray != null && !imageArray.isNull()) {
            if (!imageArray.isArray()) {
                item.problem(path + ".images must be an array");
            } else {
                for (int j = 0; j < imageArray.size(); j++) {
                    JsonNode image = imageArray.get(j);
                    if (!image.isObject() || textOrNull(image.get("url")) == null) {
                        item.problem(path + ".images[" + j + "] needs a url");
                    } else {
                        images.add(image);
                    }
                }
            }
        }
        List<PriceDraft> prices = new ArrayList<>();
        JsonNode priceArray = v.get("prices");
        if (priceArray != null && !priceArray.isNull()) {
            if (!priceArray.isArray()) {
                item.problem(path + ".prices must be an array");
            } else {
                for (int j = 0; j < priceArray.size(); j++) {
                    PriceDraft price = PriceDraftReader.price(item, priceArray.get(j), path + ".prices[" + j + "]");
                    if (price != null) prices.add(price);
                }
            }
        }
        return new VariantDraft(path, position, skuCode, SkuCodes.isDerived(sku), variantKey, values(attributes),
                CatalogJson.write(attributes), CatalogJson.write(images), List.copyOf(prices));
    }

    /** @return each attribute as the import rules read it: a number, a text, or neither */
    private static Map<String, AttributeValue> values(Map<String, JsonNode> attributes) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, value.isNumber() ? AttributeValue.number(value.decimalValue())
                : value.isTextual() ? AttributeValue.text(value.asText()) : AttributeValue.other()));
        return values;
    }
}
