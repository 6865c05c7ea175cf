package io.kaola.customs.declaration.domain;

import java.util.regex.Pattern;

/** Masking of identity numbers, as kaola-user shows them: first 4, ten '*', last 4. */
public final class IdentityMask {
    /** An 18-character number anywhere in a text (digits, last one a digit or X), not inside a longer digit run. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");

    private IdentityMask() {}

    /** @return the masked number; "***" for anything that is not 18 characters (never the input) */
    public static String mask(String number) {
        if (number == null || number.length() != 18) return "***";
        return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
    }

    /** @return {@code text} with every 18-character identity number in it masked (raw messages shown to ops) */
    public static String maskAll(String text) {
        if (text == null) return null;
        return NUMBER.matcher(text).replaceAll("$1**********$2");
    }
}
