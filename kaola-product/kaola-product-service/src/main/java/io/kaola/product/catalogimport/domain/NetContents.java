package io.kaola.product.catalogimport.domain;

import io.kaola.product.catalog.domain.NetContent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The net content of one unit of a SKU (what the cosmetics consumption-tax test divides by: CNY per ml,
 * per g or per piece). commercetools has no field for it, so it is read from attributes, the first that
 * gives a positive amount winning, in this order:
 * <ol>
 *   <li>numeric attributes whose name carries the unit: {@code volume-ml}, {@code net-volume-ml},
 *       {@code net-content-ml} (ML); {@code net-weight-g}, {@code net-content-g} (G);
 *       {@code net-content-pieces}, {@code pieces} (PIECE). A number or a numeric string.</li>
 *   <li>a text attribute {@code net-content} or {@code content} holding an amount and a unit:
 *       "50 ml", "50ml", "1.5 l", "200 g", "0.2 kg", "2 pcs", "2 pieces" (l and kg converted to ml and g).</li>
 * </ol>
 * Amounts are kept to 3 decimals (HALF_UP); an amount that is not positive after that, or beyond
 * {@value #MAX_WHOLE_DIGITS} whole digits (the column), is ignored. No attribute: null (unknown), and
 * ops can set it (CatalogAdminService.updateSkuContent).
 */
public final class NetContents {
    static final String ML = NetContent.ML;
    static final String G = NetContent.G;
    static final String PIECE = NetContent.PIECE;
    static final int MAX_WHOLE_DIGITS = NetContent.MAX_WHOLE_DIGITS;

    private static final List<Map.Entry<String, String>> NUMERIC = List.of(
            Map.entry("volume-ml", ML), Map.entry("net-volume-ml", ML), Map.entry("net-content-ml", ML),
            Map.entry("net-weight-g", G), Map.entry("net-content-g", G),
            Map.entry("net-content-pieces", PIECE), Map.entry("pieces", PIECE));
    private static final List<String> TEXT = List.of("net-content", "content");
    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile(
            "\\s*(\\d+(?:[.,]\\d+)?)\\s*(ml|l|g|kg|pcs|pc|piece|pieces)\\.?\\s*", Pattern.CASE_INSENSITIVE);

    private NetContents() {}

    /**
     * @param attributes attribute name to value, as in the file
     * @return the net content, or null when no attribute gives one
     */
    public static NetContent of(Map<String, AttributeValue> attributes) {
        for (Map.Entry<String, String> named : NUMERIC) {
            AttributeValue value = attributes.get(named.getKey());
            BigDecimal amount = value == null ? null
                    : value.isNumber() ? value.number() : value.isText() ? decimal(value.text()) : null;
            NetContent content = NetContent.of(amount, named.getValue());
            if (content != null) return content;
        }
        for (String name : TEXT) {
            AttributeValue value = attributes.get(name);
            if (value == null || !value.isText()) continue;
            NetContent content = parse(value.text());
            if (content != null) return content;
        }
        return null;
    }

    /** @return the amount and unit of a text such as "50 ml", null when it is not one */
    static NetContent parse(String text) {
        Matcher m = AMOUNT_AND_UNIT.matcher(text);
        if (!m.matches()) return null;
        BigDecimal amount = decimal(m.group(1).replace(',', '.'));
        if (amount == null) return null;
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ml" -> NetContent.of(amount, ML);
            case "l" -> NetContent.of(amount.movePointRight(3), ML);
            case "g" -> NetContent.of(amount, G);
            case "kg" -> NetContent.of(amount.movePointRight(3), G);
            default -> NetContent.of(amount, PIECE);
        };
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
