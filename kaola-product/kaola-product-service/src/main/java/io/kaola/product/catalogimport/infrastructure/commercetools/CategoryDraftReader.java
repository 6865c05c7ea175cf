package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.product.catalog.domain.CategoryTree;
import io.kaola.product.catalogimport.domain.CategoryItem;
import io.kaola.product.catalogimport.domain.ImportProblems;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.kaola.product.catalogimport.domain.CatalogFiles.CATEGORIES;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.first;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.textOrNull;

/**
 * Reads categories.json: commercetools {@code CategoryDraft}s
 * (https://docs.commercetools.com/api/projects/categories#categorydraft) into {@link CategoryItem}s. A category
 * without key takes its first slug; parents are resolved by key, in the file or stored; a cycle
 * ({@link CategoryTree#inCycle}) or an unknown parent is a problem.
 */
final class CategoryDraftReader {
    static final int MAX_CATEGORY_KEY_LENGTH = 128;

    private CategoryDraftReader() {}

    /**
     * @param array            categories.json, null when absent
     * @param storedCategories every stored category key to its parent key
     * @return the well-formed categories, parents first ({@link CategoryTree#parentsFirst})
     */
    static List<CategoryItem> read(ArrayNode array, Map<String, String> storedCategories, ImportProblems problems) {
        if (array == null) return List.of();
        Map<String, CategoryItem> byKey = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String key = c.isObject() ? textOrNull(c.get("key")) : null;
            DraftItem item = new DraftItem(problems, CATEGORIES, i, key);
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
                new DraftItem(problems, CATEGORIES, indexOf.get(c.key()), c.key())
                        .problem("unknown parent category '" + c.parentKey() + "' (neither in the file nor stored)");
            }
        }
        for (String key : CategoryTree.inCycle(parents, byKey.keySet())) {
            new DraftItem(problems, CATEGORIES, indexOf.get(key), key).problem("its chain of parents loops back (a cycle)");
        }
        return CategoryTree.parentsFirst(byKey.values(), CategoryItem::key, CategoryItem::parentKey,
                CategoryItem::orderHint);
    }
}
