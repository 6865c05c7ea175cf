package io.kaola.user.identity.domain;

import io.kaola.common.text.SafeText;
import io.kaola.user.api.UserError;

import java.text.Normalizer;

/**
 * A real name as printed on the resident identity card: 1..30 characters of letters (Han characters and any
 * other script), the middle dot of minority and transliterated names (e.g. 买买提·艾力) and single spaces.
 * Look-alike dots ('•', '・', '･') are written as '·' (U+00B7), the character the card uses.
 *
 * @param value the normalised name (NFC, trimmed, inner spaces collapsed)
 */
public record RealName(String value) {
    public static final int MAX_LENGTH = 30;
    public static final char MIDDLE_DOT = '\u00B7';

    /**
     * @param raw what the person typed
     * @return the normalised name
     * @throws io.kaola.common.error.KaolaException USER_NAME_INVALID saying what is wrong (for a control or
     *         bidirectional-formatting character, which one and where: {@link SafeText})
     */
    public static RealName parse(String raw) {
        if (raw == null || raw.isBlank()) throw UserError.NAME_INVALID.exception("the real name is required");
        // control and bidi characters first, with their position (the letters-only rule below refuses them too)
        SafeText.require(UserError.NAME_INVALID, "name", raw);
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .replace('\u2022', MIDDLE_DOT).replace('\u30FB', MIDDLE_DOT).replace('\uFF65', MIDDLE_DOT);
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            throw UserError.NAME_INVALID.exception("the real name must have at most " + MAX_LENGTH + " characters");
        }
        boolean allowed = name.codePoints().allMatch(c -> Character.isLetter(c) || c == MIDDLE_DOT || c == ' '
                || Character.getType(c) == Character.NON_SPACING_MARK);
        if (!allowed) {
            throw UserError.NAME_INVALID.exception(
                    "the real name may hold only letters, '" + MIDDLE_DOT + "' and spaces, as on the identity card");
        }
        if (name.charAt(0) == MIDDLE_DOT || name.charAt(name.length() - 1) == MIDDLE_DOT
                || name.codePoints().noneMatch(Character::isLetter)) {
            throw UserError.NAME_INVALID.exception("the real name must start and end with a letter");
        }
        return new RealName(name);
    }

    @Override public String toString() { return value; }
}
