package io.kaola.product.catalogimport.domain;

import java.math.BigDecimal;

/**
 * One attribute value of a variant as the import rules see it ({@link Weights}, {@link NetContents}): a number,
 * a text, or something else (localized text, enum, set, reference, boolean) that no rule reads. The value
 * itself is stored as the catalogue gave it ({@link VariantDraft#attributesJson()}).
 *
 * @param number the value when it is a number, else null
 * @param text   the value when it is a text, else null
 */
public record AttributeValue(BigDecimal number, String text) {
    private static final AttributeValue OTHER = new AttributeValue(null, null);

    /** @return a numeric value */
    public static AttributeValue number(BigDecimal number) { return new AttributeValue(number, null); }

    /** @return a text value */
    public static AttributeValue text(String text) { return new AttributeValue(null, text); }

    /** @return a value that is neither a number nor a text */
    public static AttributeValue other() { return OTHER; }

    /** @return true for a number */
    public boolean isNumber() { return number != null; }

    /** @return true for a text */
    public boolean isText() { return text != null; }
}
