package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A cart to price.
 *
 * @param lines         one per SKU, in display order
 * @param pricingDate   the day whose FX rates apply (null: today, Asia/Shanghai)
 * @param warehouseCode bonded warehouse that ships the parcel, for the shipping fee (null: the default)
 * @param activities    running activities (DISCOUNT, FULL_REDUCTION) that may apply, in priority order (the
 *                      caller's order decides which full reduction a line joins); empty: none
 * @param coupon        the shopper's coupon to apply (AMOUNT_OFF_COUPON or PERCENT_OFF_COUPON), or null
 */
public record QuoteRequest(List<Line> lines, LocalDate pricingDate, String warehouseCode,
                           List<PromotionOffer> activities, PromotionOffer coupon) implements Serializable {
    public QuoteRequest {
        lines = List.copyOf(lines);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A request without promotions. */
    public QuoteRequest(List<Line> lines, LocalDate pricingDate, String warehouseCode) {
        this(lines, pricingDate, warehouseCode, List.of(), null);
    }

    /** A request without a warehouse (the default bonded warehouse) and without promotions. */
    public QuoteRequest(List<Line> lines, LocalDate pricingDate) { this(lines, pricingDate, null); }

    /**
     * @param skuCode           SKU code
     * @param quantity          >= 1
     * @param supplierUnitPrice the SKU's list price in the supplier's currency (minor units)
     * @param taxCategoryCode   cross-border tax category (null: GENERAL)
     * @param weightGrams       parcel weight per unit in grams (0: the configured default)
     * @param netContent        net content per unit, for per-unit tax tests (null: unknown)
     * @param spuId             the SKU's SPU, for promotion scopes (null: unknown, matches only "all")
     * @param categoryKeys      the SPU's category keys, for promotion scopes (null or empty: none known)
     */
    public record Line(String skuCode, int quantity, Money supplierUnitPrice, String taxCategoryCode, int weightGrams,
                       NetContent netContent, Long spuId, Set<String> categoryKeys) implements Serializable {
        public Line {
            categoryKeys = categoryKeys == null ? Set.of() : Set.copyOf(categoryKeys);
        }

        /** A line outside any promotion scope but "all". */
        public Line(String skuCode, int quantity, Money supplierUnitPrice, String taxCategoryCode, int weightGrams,
                    NetContent netContent) {
            this(skuCode, quantity, supplierUnitPrice, taxCategoryCode, weightGrams, netContent, null, null);
        }

        /** A line with the default tax category, weight and no net content. */
        public Line(String skuCode, int quantity, Money supplierUnitPrice) {
            this(skuCode, quantity, supplierUnitPrice, null, 0, null);
        }
    }
}
