package io.kaola.user.account.domain;

import io.kaola.user.api.UserError;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must be: 8 to 72 characters and at most 72 bytes in UTF-8, because bcrypt
 * reads only the first 72 bytes (a longer password would be silently cut) and Spring's BCrypt
 * refuses to hash more. Length is the one rule (NIST SP 800-63B §5.1.1.2: no composition rules).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /**
     * @param password the plain password (never logged, never in a message)
     * @throws io.kaola.common.error.KaolaException USER_WEAK_PASSWORD saying which limit it breaks
     */
    public static void requireAcceptable(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw UserError.WEAK_PASSWORD.exception("password must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH || !fitsBcrypt(password)) {
            throw UserError.WEAK_PASSWORD.exception(
                    "password must have at most " + MAX_LENGTH + " characters (" + MAX_BYTES + " bytes in UTF-8)");
        }
    }

    /** @return true when bcrypt reads every byte of the password */
    public static boolean fitsBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
