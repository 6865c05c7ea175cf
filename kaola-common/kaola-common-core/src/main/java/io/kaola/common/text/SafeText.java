package io.kaola.common.text;

import io.kaola.common.error.ErrorCode;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one rule for text a person types into a name or an address (display name, real name, consignee,
 * province, city, district, street detail, phone): no control characters and no bidirectional formatting
 * characters. Control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F, tab and line breaks
 * included) break logs, labels and customs declarations; the bidi embedding/override/isolate marks
 * U+202A–U+202E and U+2066–U+2069, and the direction marks U+200E, U+200F and U+061C, make a name
 * display differently from what it stores (the "Trojan Source" trick, CVE-2021-42574). Letters of every
 * script, spaces and ordinary punctuation are left to the field's own rule.
 */
public final class SafeText {
    private SafeText() {}

    /**
     * @param codePoint a Unicode code point
     * @return true when the rule refuses it in a name or an address
     */
    public static boolean isForbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /**
     * @param value text to check; null has no forbidden character
     * @return the 1-based position (in characters, i.e. code points) of the first forbidden character, or empty
     */
    public static OptionalInt firstForbidden(String value) {
        if (value == null) return OptionalInt.empty();
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            position++;
            if (isForbidden(c)) return OptionalInt.of(position);
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    /**
     * @param field the field's name as the client knows it, e.g. {@code address.detail}
     * @param value its value; null passes (the field's own rule says whether it is required)
     * @return a sentence naming the field, the character (as U+XXXX) and its 1-based position, e.g.
     *         "address.detail must not contain control or bidirectional-formatting characters (U+202E at
     *         position 5)"; empty when the value passes
     */
    public static Optional<String> problem(String field, String value) {
        OptionalInt at = firstForbidden(value);
        if (at.isEmpty()) return Optional.empty();
        int codePoint = value.codePointAt(value.offsetByCodePoints(0, at.getAsInt() - 1));
        return Optional.of(field + " must not contain control or bidirectional-formatting characters ("
                + String.format(Locale.ROOT, "U+%04X", codePoint) + " at position " + at.getAsInt() + ")");
    }

    /**
     * @param error the refusal to throw, e.g. COMMON_INVALID_REQUEST or USER_NAME_INVALID
     * @param field the field's name as the client knows it
     * @param value its value; null passes
     * @throws io.kaola.common.error.KaolaException {@code error} with the sentence of {@link #problem} when
     *         the value holds a forbidden character
     */
    public static void require(ErrorCode error, String field, String value) {
        Optional<String> problem = problem(field, value);
        if (problem.isPresent()) throw error.exception(problem.get());
    }
}
