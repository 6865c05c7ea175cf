package io.kaola.product.catalog.domain;

import io.kaola.common.money.Money;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** The stored SKUs, for reads and ops edits of what a unit weighs and contains. */
public interface SkuRepository {

    /** @return the product's SKUs, master variant (position 0) first */
    List<StoredSku> findBySpuId(long spuId);

    /** @return the known ones among {@code skuCodes} (each once), in no particular order */
    List<StoredSnapshot> findSnapshots(Collection<String> skuCodes);

    /** @return the spuId of the product holding the SKU, empty for an unknown code */
    Optional<Long> findSpuIdByCode(String skuCode);

    /** Reads the SKU's content and locks its row until the surrounding transaction ends. @return empty for an unknown code */
    Optional<LockedContent> lockContent(String skuCode);

    /** Ops edit: writes the complete resulting content and marks it as set by ops (imports then leave it). */
    void updateContent(String skuCode, SkuContent content);

    /**
     * A SKU as the product detail shows it.
     *
     * @param skuCode       SKU code
     * @param attributes    attribute name to value: text as is, any other value as JSON text
     * @param imageUrls     image URLs, in order
     * @param supplierPrice list price, null when the SKU has none
     */
    record StoredSku(String skuCode, Map<String, String> attributes, List<String> imageUrls, Money supplierPrice) {}

    /**
     * A SKU with its product's name, published flag and cross-border profile, for order snapshots.
     *
     * @param supplierPrice list price, null when none
     * @param weightGrams   parcel weight per unit, grams
     * @param netContent    net content per unit, null when unknown
     */
    record StoredSnapshot(String skuCode, long spuId, Map<String, String> name, boolean published, Money supplierPrice,
                          int weightGrams, NetContent netContent, String taxCategoryCode, boolean importable,
                          String hsCode, Set<String> categoryKeys) {}

    /**
     * @param spuId   the product holding the SKU
     * @param content what one unit weighs and contains now
     */
    record LockedContent(long spuId, SkuContent content) {}
}
