package io.kaola.common.deadletter;

import java.util.regex.Pattern;

/**
 * Masks resident identity numbers in free text (a message body) before it is stored or shown: every
 * 18-character token of 17 digits and a digit or 'X' becomes first 4, ten '*', last 4, e.g.
 * {@code 3301**********123X}, as kaola-user's {@code IdentityNumber.mask}. A token is standalone: not part of a
 * longer run of letters or digits. Any such token is masked, valid or not (a mistyped number is still personal
 * data), so an 18-digit business number in a body is masked too; the message key is kept as it is.
 */
public final class IdentityNumberMask {
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    private IdentityNumberMask() {}

    /**
     * @param text any text, may be null
     * @return the text with every identity number masked (null for null)
     */
    public static String maskAll(String text) {
        if (text == null) return null;
        return NUMBER.matcher(text).replaceAll("$1**********$2");
    }
}
