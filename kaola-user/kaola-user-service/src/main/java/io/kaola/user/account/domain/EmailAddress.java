package io.kaola.user.account.domain;

import io.kaola.user.api.UserError;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login email, trimmed and lower-cased, so that "Ann@Example.com" and "ann@example.com" are one account.
 * Shape: the RFC 5322 dot-atom local part (at most 64 characters) and a DNS domain with a letter TLD;
 * at most 254 characters in all (RFC 5321 §4.5.3.1). ASCII only: no quoted local parts, IP literals
 * or internationalised addresses, which no shopper has needed.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATEXT = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern SHAPE = Pattern.compile(
            ATEXT + "(\\." + ATEXT + ")*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    /**
     * @param raw what the person typed
     * @return the normalised address
     * @throws io.kaola.common.error.KaolaException USER_INVALID_EMAIL naming what is wrong
     */
    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) throw UserError.INVALID_EMAIL.exception("email is required");
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH) {
            throw UserError.INVALID_EMAIL.exception("email is longer than " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(email).matches() || email.indexOf('@') > MAX_LOCAL_LENGTH) {
            throw UserError.INVALID_EMAIL.exception("'" + email + "' is not an email address like name@example.com");
        }
        return new EmailAddress(email);
    }

    /** @return the normalised address, or empty when {@code raw} is not one (login does not say why) */
    public static Optional<EmailAddress> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (RuntimeException notAnEmail) {
            return Optional.empty();
        }
    }

    /** @return the part before '@' */
    public String localPart() { return value.substring(0, value.indexOf('@')); }

    @Override public String toString() { return value; }
}
