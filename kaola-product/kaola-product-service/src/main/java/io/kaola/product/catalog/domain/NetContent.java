package io.kaola.product.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The net content of one unit of a SKU (what the cosmetics consumption-tax test divides by: CNY per ml,
 * per g or per piece), as the catalogue stores it and kaola-pricing's {@code NetContent} takes it.
 *
 * @param quantity positive, at most 3 decimals, trailing zeros stripped (so 50.0 and 50 are equal)
 * @param unit     {@value #ML}, {@value #G} or {@value #PIECE}
 */
public record NetContent(BigDecimal quantity, String unit) {
    public static final String ML = "ML";
    public static final String G = "G";
    public static final String PIECE = "PIECE";
    /** Units a net content may have. */
    public static final List<String> UNITS = List.of(ML, G, PIECE);
    /** Decimals kept (the column's scale). */
    public static final int SCALE = 3;
    /** Whole digits the column holds. */
    public static final int MAX_WHOLE_DIGITS = 9;

    /**
     * @param quantity any amount, may be null
     * @param unit     ML, G or PIECE (exact case), may be null
     * @return the amount rounded HALF_UP to 3 decimals, null when not positive, beyond
     *         {@value #MAX_WHOLE_DIGITS} whole digits, or without a known unit
     */
    public static NetContent of(BigDecimal quantity, String unit) {
        if (quantity == null || unit == null || !UNITS.contains(unit)) return null;
        BigDecimal rounded = quantity.setScale(SCALE, RoundingMode.HALF_UP);
        if (rounded.signum() <= 0 || rounded.precision() - rounded.scale() > MAX_WHOLE_DIGITS) return null;
        return new NetContent(strip(rounded), unit);
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
