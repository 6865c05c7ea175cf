package io.kaola.product.catalogimport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The parcel weight of a SKU, which cross-border shipping needs and commercetools has no field for:
 * the first numeric attribute named {@code weight}, {@code weight-grams} or {@code weightInGrams}
 * (grams, rounded HALF_UP to a whole gram, positive), else the configured default.
 */
public final class Weights {
    static final List<String> ATTRIBUTE_NAMES = List.of("weight", "weight-grams", "weightInGrams");

    private final int defaultGrams;

    /** @param defaultGrams weight when the catalogue has none, > 0 */
    public Weights(int defaultGrams) {
        if (defaultGrams <= 0) throw new IllegalArgumentException("default weight must be > 0 g");
        this.defaultGrams = defaultGrams;
    }

    /**
     * @param attributes attribute name to value as in the file
     * @return the parcel weight per unit, grams, > 0
     */
    public int gramsOf(Map<String, AttributeValue> attributes) {
        for (String name : ATTRIBUTE_NAMES) {
            AttributeValue value = attributes.get(name);
            BigDecimal grams = null;
            if (value != null && value.isNumber()) grams = value.number();
            if (value != null && value.isText()) grams = parse(value.text());
            if (grams != null) {
                BigDecimal whole = grams.setScale(0, RoundingMode.HALF_UP);
                if (whole.signum() > 0 && whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return whole.intValue();
                }
            }
        }
        return defaultGrams;
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
