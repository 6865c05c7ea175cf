package io.kaola.user.account.domain;

import io.kaola.common.error.CommonError;

/**
 * The name shown to the user: what they chose, trimmed, or the part of their email before '@'.
 *
 * @param value 1..64 characters, no control characters
 */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 64;

    /**
     * @param requested the chosen name, may be null or blank
     * @param email     the account's email, whose local part is the fallback
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST when too long or containing control characters
     */
    public static DisplayName of(String requested, EmailAddress email) {
        // the local part of a valid email has at most 64 characters, so the fallback always fits
        String name = requested == null || requested.isBlank() ? email.localPart() : requested.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("displayName must have at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw CommonError.INVALID_REQUEST.exception("displayName must not contain control characters");
        }
        return new DisplayName(name);
    }

    @Override public String toString() { return value; }
}
