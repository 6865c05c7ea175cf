package io.kaola.product.catalog.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the catalogue stores (localized maps, attributes, images) and the content hashes that
 * tell an unchanged item from an updated one. Map entries are written sorted by key, so the same
 * input always gives the same text and hash, whatever the locale order in the file. Written by the catalogue
 * import, read by the catalogue reads; the hashes are stored, so their input must never change shape.
 */
public final class CatalogJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};

    private CatalogJson() {}

    /** @return the mapper used to read catalogue files (plain Jackson, insertion order kept) */
    public static ObjectMapper mapper() { return JSON; }

    /** @return {@code value} as JSON text; maps sorted by key */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the JSON object {@code json} as a map of strings (null or blank: empty map) */
    public static Map<String, String> readStringMap(String json) {
        if (json == null || json.isBlank()) return new LinkedHashMap<>();
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored JSON is not a string map: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the parsed tree of stored JSON */
    public static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json == null ? "null" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored JSON is malformed: " + e.getOriginalMessage(), e);
        }
    }

    /** @return SHA-256 (hex, 64 chars) of the JSON text of {@code parts}, in order */
    public static String hash(List<?> parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
