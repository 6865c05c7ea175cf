package io.kaola.promotion.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The storefront's home page as kaola-promotion pre-builds it (缓存静态化): written as JSON to Redis under
 * {@value #REPLICAS} replica keys ({@link #key(int)}), rebuilt when an activity or a product changes, and read by the
 * gateway from a random replica, never assembled per request. docs/promotions.md ("Home and activity pages").
 *
 * @param categories top-level category entries, in the catalogue's order
 * @param featured   a few products to show: the first of each top-level category (CNY price from product detail)
 * @param activities the activities running when it was built, oldest first
 * @param builtAt    when it was built
 */
public record HomePage(List<Entry> categories, List<Featured> featured, List<ActivityView> activities, Instant builtAt)
        implements Serializable {
    /** Copies of each page in Redis: the hash tags {0}..{3} put them on different cluster slots. */
    public static final int REPLICAS = 4;

    /** @return the Redis key of home replica {@code r} (0..REPLICAS-1) */
    public static String key(int replica) { return "kaola:home:{" + replica + "}"; }

    /** @return the Redis key of activity {@code id}'s page, replica {@code r} */
    public static String activityKey(long id, int replica) { return "kaola:activity-page:" + id + ":{" + replica + "}"; }

    /** A category entry: its key (for GET /api/products?category=) and its localized names. */
    public record Entry(String key, Map<String, String> name) implements Serializable {}

    /**
     * A featured product.
     *
     * @param price   CNY price of its first SKU at today's rate, null when it has none
     * @param inStock true when that SKU has units available
     */
    public record Featured(long spuId, String key, Map<String, String> name, String imageUrl, Money price,
                           boolean inStock) implements Serializable {}
}
