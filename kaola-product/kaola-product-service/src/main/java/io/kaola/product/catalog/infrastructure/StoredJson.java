package io.kaola.product.catalog.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaola.common.money.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the stored JSON columns ({@link CatalogJson}) back into the shapes the API shows. */
public final class StoredJson {
    private StoredJson() {}

    /** @return locale to text */
    public static Map<String, String> localized(String json) { return CatalogJson.readStringMap(json); }

    /** @return attribute name to value: text as is, any other value (localized, enum, set...) as JSON text */
    public static Map<String, String> attributes(String json) {
        Map<String, String> attributes = new LinkedHashMap<>();
        CatalogJson.readTree(json).properties().forEach(e ->
                attributes.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return attributes;
    }

    /** @return the image URLs, in order */
    public static List<String> imageUrls(String json) {
        List<String> urls = new ArrayList<>();
        for (JsonNode image : CatalogJson.readTree(json)) {
            if (image.hasNonNull("url")) urls.add(image.get("url").asText());
        }
        return urls;
    }

    /** @return the price, null when the SKU has none */
    public static Money price(Long minor, String currency) {
        return minor == null || currency == null ? null : new Money(minor, currency);
    }
}
