package io.kaola.user.account.domain;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.kaola.user.api.UserError;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2: a minimum length and a check against
 * commonly used or easily guessed passwords, no composition rules):
 * <ul>
 *   <li>{@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters and at most {@value #MAX_BYTES} bytes in UTF-8,
 *       because bcrypt reads only the first 72 bytes (a longer password would be silently cut) and Spring's
 *       BCrypt refuses to hash more;</li>
 *   <li>not easy to guess: zxcvbn4j (com.nulab-inc:zxcvbn, a port of Dropbox's zxcvbn) must score it at least
 *       {@value #MIN_SCORE} of 4, i.e. an estimated 10^8 guesses or more. zxcvbn matches the password against its
 *       frequency lists (the 30,000 most common passwords, English words, names), keyboard patterns, sequences,
 *       repeats, dates and l33t substitutions, and also against the account's own email and display name. So
 *       "password-123", "Passw0rd!", "qwertyuiop", "iloveyou1" or one's own email are refused;
 *       "correct-horse-battery" is accepted.</li>
 * </ul>
 * The password is never logged nor quoted in a message.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;
    public static final int MAX_BYTES = 72;
    /** zxcvbn score 0..4; 3 = "safely unguessable: moderate protection from offline slow-hash scenario" (~10^8). */
    public static final int MIN_SCORE = 3;

    /** Loads the frequency lists once (about 1 MB); thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /**
     * @param password the plain password (never logged, never in a message)
     * @throws io.kaola.common.error.KaolaException USER_WEAK_PASSWORD saying which limit it breaks
     */
    public static void requireAcceptable(String password) {
        requireAcceptable(password, List.of());
    }

    /**
     * @param password      the plain password (never logged, never in a message)
     * @param personalWords words of the account that must not make the password, e.g. the email, its local part and
     *                      the display name (nulls are skipped)
     * @throws io.kaola.common.error.KaolaException USER_WEAK_PASSWORD saying which limit it breaks and, for a guessable
     *         password, why and what to do instead (zxcvbn's warning and suggestions)
     */
    public static void requireAcceptable(String password, List<String> personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw UserError.WEAK_PASSWORD.exception("password must have at least " + MIN_LENGTH
                    + " characters; a few unrelated words make a long password that is easy to remember");
        }
        if (length > MAX_LENGTH || !fitsBcrypt(password)) {
            throw UserError.WEAK_PASSWORD.exception(
                    "password must have at most " + MAX_LENGTH + " characters (" + MAX_BYTES + " bytes in UTF-8)");
        }
        List<String> words = new ArrayList<>();
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) words.add(word.strip().toLowerCase(Locale.ROOT));
        }
        Strength strength = ZXCVBN.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            throw UserError.WEAK_PASSWORD.exception(explain(strength.getFeedback()));
        }
    }

    /** @return "password is too easy to guess: {warning}. {suggestions}" in English, never quoting the password */
    static String explain(Feedback feedback) {
        StringBuilder message = new StringBuilder("password is too easy to guess");
        String warning = feedback.getWarning(Locale.ENGLISH);
        message.append(warning == null || warning.isBlank() ? "." : ": " + warning.replaceAll("\\.$", "") + ".");
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        if (suggestions != null) suggestions.forEach(s -> message.append(' ').append(s));
        message.append(" Choose a longer one, e.g. three or four unrelated words.");
        return message.toString();
    }

    /** @return true when bcrypt reads every byte of the password */
    public static boolean fitsBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
