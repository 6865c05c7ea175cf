package io.kaola.product.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract of product-detail invalidations, for anyone who keeps {@link ProductDetail}s in memory (the
 * gateway's near cache). Whenever kaola-product drops a cached detail (an import changed the product or its
 * prices, ops edited its cross-border data, a SKU went in or out of stock) it publishes the product ids on the
 * Redis pub/sub channel {@value #CHANNEL}, after the change is committed; a holder drops those ids at once.
 * Redis pub/sub keeps nothing for a subscriber that is away, so a holder also drops everything when it
 * (re)subscribes, and bounds every entry by a time to live.
 * <p>Message: the product ids in decimal, comma-separated (e.g. {@code "23,24"}); {@value #ALL} means every product.
 */
public final class ProductDetailInvalidation {
    /** The Redis pub/sub channel. */
    public static final String CHANNEL = "kaola:product-detail:invalidated";
    /** The message that drops every product. */
    public static final String ALL = "*";

    private ProductDetailInvalidation() {}

    /** @return the message naming these product ids */
    public static String message(Collection<Long> spuIds) {
        return spuIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * @param message a message from {@value #CHANNEL}
     * @return the product ids it names; null for {@value #ALL} or for a message that is not a list of ids (drop all)
     */
    public static List<Long> spuIds(String message) {
        if (message == null || message.isBlank() || ALL.equals(message.trim())) return null;
        List<Long> ids = new ArrayList<>();
        for (String part : message.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ids;
    }
}
