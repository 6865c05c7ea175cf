package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaola.product.catalogimport.domain.ImportProblems;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item (array element) of one commercetools file being read: names the item in its problems
 * ({@link ImportProblems#inItem}) and reads the format's common field shapes (text, localized string,
 * reference, attributes), reporting what is malformed.
 */
final class DraftItem {
    private final ImportProblems problems;
    final String file;
    final int index;
    String id;

    DraftItem(ImportProblems problems, String file, int index, String id) {
        this.problems = problems;
        this.file = file;
        this.index = index;
        this.id = id;
    }

    void problem(String problem) { problems.inItem(file, index, id, problem); }

    String text(JsonNode node, String field) { return text(node, field, field); }

    /** @return the field's text; null when missing, blank or not a string (a problem) */
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

    /** @return the node's text when it is a non-blank string, else null */
    static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    /** @return "path.field", or "field" at the top of an item */
    static String at(String path, String field) { return path.isEmpty() ? field : path + "." + field; }

    static boolean isSet(JsonNode node) { return node != null && !node.isNull(); }

    /** @return the first non-blank text of a localized string, null when none */
    static String first(Map<String, String> localized) {
        if (localized == null) return null;
        return localized.values().stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }

    static Map<String, String> orEmpty(Map<String, String> map) { return map == null ? Map.of() : map; }
}
