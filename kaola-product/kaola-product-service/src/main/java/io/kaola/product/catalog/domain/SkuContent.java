package io.kaola.product.catalog.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.ProductError;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What one unit of a SKU weighs and contains, and the rules of an ops edit of it
 * (CatalogAdminService.updateSkuContent): a net content has both a quantity and a unit or neither.
 *
 * @param weightGrams parcel weight, grams, 1..{@value #MAX_WEIGHT_GRAMS}
 * @param netQuantity net content, > 0 with at most 3 decimals; null with netUnit when unknown
 * @param netUnit     ML, G or PIECE; null with netQuantity
 */
public record SkuContent(int weightGrams, BigDecimal netQuantity, String netUnit) {
    /** One tonne: more is a typing error, not a parcel. */
    public static final int MAX_WEIGHT_GRAMS = 1_000_000;
    static final int MAX_SCALE = 3;
    static final int MAX_WHOLE_DIGITS = 9;

    /**
     * @param quantity    new net quantity, null to keep the current one
     * @param unit        new unit (any case), null to keep the current one
     * @param weightGrams new weight, null to keep the current one
     * @return the content after the edit
     * @throws KaolaException PRODUCT_INVALID_TAX_PROFILE: nothing to change, quantity <= 0, more than 3
     *         decimals or too large, unknown unit, weight outside 1..1,000,000 g, a quantity without a unit
     */
    public SkuContent edit(BigDecimal quantity, String unit, Integer weightGrams) {
        if (quantity == null && unit == null && weightGrams == null) {
            throw invalid("nothing to change: give netQuantity, netUnit or weightGrams");
        }
        BigDecimal newQuantity = quantity == null ? netQuantity : checkedQuantity(quantity);
        String newUnit = unit == null ? netUnit : checkedUnit(unit);
        int newWeight = weightGrams == null ? this.weightGrams : checkedWeight(weightGrams);
        if ((newQuantity == null) != (newUnit == null)) {
            throw invalid(newQuantity == null ? "netUnit given but the SKU has no net quantity: give netQuantity too"
                    : "netQuantity given but the SKU has no net unit: give netUnit (ML, G or PIECE) too");
        }
        return new SkuContent(newWeight, newQuantity, newUnit);
    }

    private static BigDecimal checkedQuantity(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        if (q.signum() <= 0) throw invalid("netQuantity must be > 0, got " + quantity.toPlainString());
        if (q.scale() > MAX_SCALE) throw invalid("netQuantity has more than 3 decimals: " + quantity.toPlainString());
        if (q.precision() - q.scale() > MAX_WHOLE_DIGITS) throw invalid("netQuantity is too large: " + quantity.toPlainString());
        return q.scale() < 0 ? q.setScale(0) : q;
    }

    private static String checkedUnit(String unit) {
        String u = unit.trim().toUpperCase(Locale.ROOT);
        if (!NetContent.UNITS.contains(u)) throw invalid("netUnit must be ML, G or PIECE, got '" + unit + "'");
        return u;
    }

    private static int checkedWeight(int grams) {
        if (grams < 1 || grams > MAX_WEIGHT_GRAMS) {
            throw invalid("weightGrams must be 1.." + MAX_WEIGHT_GRAMS + ", got " + grams);
        }
        return grams;
    }

    private static KaolaException invalid(String detail) { return ProductError.INVALID_TAX_PROFILE.exception(detail); }
}
