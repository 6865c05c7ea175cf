package io.kaola.product.api;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What an order needs to know of a SKU at checkout.
 *
 * @param skuCode         SKU code
 * @param spuId           its product
 * @param productName     product names by locale
 * @param supplierPrice   list price in the supplier's currency (minor units)
 * @param weightGrams     parcel weight per unit in grams (a configured default when the catalogue has none)
 * @param onSale          true when the product is published and the SKU has a price
 * @param taxCategoryCode the product's cross-border tax category (kaola-pricing), e.g. "GENERAL"
 * @param importable      true when ops (or the import's category mapping) marked the product as on the
 *                        cross-border positive list (跨境电子商务零售进口商品清单, 2022 edition)
 * @param netContent      net content per unit (ml, g or pieces), null when unknown
 * @param hsCode          HS code (gcode), null when unknown
 * @param categoryKeys    the keys of the categories the product sits in (promotion scopes), empty when none
 */
public record SkuSnapshot(String skuCode, long spuId, Map<String, String> productName, Money supplierPrice,
                          int weightGrams, boolean onSale, String taxCategoryCode, boolean importable,
                          NetContent netContent, String hsCode, Set<String> categoryKeys) implements Serializable {
    public SkuSnapshot {
        categoryKeys = categoryKeys == null ? Set.of() : Set.copyOf(categoryKeys);
    }

    /** A snapshot of a product in no category. */
    public SkuSnapshot(String skuCode, long spuId, Map<String, String> productName, Money supplierPrice,
                       int weightGrams, boolean onSale, String taxCategoryCode, boolean importable,
                       NetContent netContent, String hsCode) {
        this(skuCode, spuId, productName, supplierPrice, weightGrams, onSale, taxCategoryCode, importable, netContent,
                hsCode, Set.of());
    }

    /** A snapshot without cross-border data: GENERAL, importable, no net content or HS code. */
    public SkuSnapshot(String skuCode, long spuId, Map<String, String> productName, Money supplierPrice,
                       int weightGrams, boolean onSale) {
        this(skuCode, spuId, productName, supplierPrice, weightGrams, onSale, "GENERAL", true, null, null, Set.of());
    }
}
