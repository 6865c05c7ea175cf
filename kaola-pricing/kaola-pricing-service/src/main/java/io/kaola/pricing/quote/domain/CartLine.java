package io.kaola.pricing.quote.domain;

import io.kaola.common.money.Money;
import io.kaola.pricing.api.NetContent;

import java.util.Set;

/**
 * One SKU of a cart to price.
 *
 * @param skuCode           SKU code
 * @param quantity          units, >= 1
 * @param supplierUnitPrice list price of one unit in the supplier's currency, minor units, > 0
 * @param taxCategoryCode   cross-border tax category (null: GENERAL)
 * @param weightGrams       parcel weight of one unit, grams, >= 0 (0: the configured default)
 * @param netContent        net content of one unit (null: unknown)
 * @param spuId             the SKU's SPU, for promotion scopes (null: unknown)
 * @param categoryKeys      the SPU's category keys, for promotion scopes (empty: none known)
 */
public record CartLine(String skuCode, int quantity, Money supplierUnitPrice, String taxCategoryCode, int weightGrams,
                       NetContent netContent, Long spuId, Set<String> categoryKeys) {
    public CartLine {
        categoryKeys = categoryKeys == null ? Set.of() : Set.copyOf(categoryKeys);
    }

    /** A line outside any promotion scope but "all". */
    public CartLine(String skuCode, int quantity, Money supplierUnitPrice, String taxCategoryCode, int weightGrams,
                    NetContent netContent) {
        this(skuCode, quantity, supplierUnitPrice, taxCategoryCode, weightGrams, netContent, null, null);
    }

    /** A GENERAL line of unknown weight and net content. */
    public CartLine(String skuCode, int quantity, Money supplierUnitPrice) {
        this(skuCode, quantity, supplierUnitPrice, null, 0, null);
    }
}
