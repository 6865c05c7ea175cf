package io.kaola.user.account.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.text.SafeText;

/**
 * The name shown to the user: what they chose, trimmed, or the part of their email before '@'.
 *
 * @param value 1..64 characters, no control or bidirectional-formatting characters ({@link SafeText})
 */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 64;

    /**
     * @param requested the chosen name, may be null or blank
     * @param email     the account's email, whose local part is the fallback
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST when too long or containing a control or
     *         bidirectional-formatting character (the message names its position)
     */
    public static DisplayName of(String requested, EmailAddress email) {
        // the local part of a valid email has at most 64 characters, so the fallback always fits
        String name = requested == null || requested.isBlank() ? email.localPart() : requested.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("displayName must have at most " + MAX_LENGTH + " characters");
        }
        SafeText.require(CommonError.INVALID_REQUEST, "displayName", name);
        return new DisplayName(name);
    }

    @Override public String toString() { return value; }
}
