package io.kaola.user.identity.domain;

import io.kaola.user.api.UserError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An 18-character resident identity number (公民身份号码), checked as GB 11643-1999 describes it:
 * 6-digit address code, YYYYMMDD birth date, 3-digit sequence code, ISO 7064:1983 MOD 11-2 check character.
 * Rules and test values: docs/cross-border.md §3 and §7 (I1, I2).
 * <p>
 * Sensitive personal information (PIPL Art. 28): {@link #toString()} is {@link #masked()}, and no refusal
 * message repeats the number. Only {@link #value()} gives it in full, for encryption, the blind index and the
 * identity provider.
 */
public final class IdentityNumber {
    /** Policy, not the standard: a birth date before this is taken for a typo. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    public static final int LENGTH = 18;

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern FIRST_GENERATION = Pattern.compile("\\d{15}");
    /** W[i] = 2^(17-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Indexed by the weighted sum mod 11: (12 - r) mod 11, with 10 written 'X'. */
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Province-level codes (GB/T 2260): 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (Taiwan), 81/82 (HK, Macao). */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

    private final String value;
    private final LocalDate birthDate;

    private IdentityNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses what a person typed, with the 1900 birth-date policy.
     *
     * @param raw   the number; surrounding spaces and a lower-case 'x' are accepted
     * @param today the current date in Asia/Shanghai (a birth date after it is refused)
     * @return the normalised number (upper case, trimmed)
     * @throws io.kaola.common.error.KaolaException USER_ID_NUMBER_MALFORMED (missing, not 18 characters,
     *         15-digit first-generation number, not 17 digits then a digit or 'X'), USER_ID_NUMBER_BAD_REGION,
     *         USER_ID_NUMBER_BAD_DATE (no such date, in the future, before 1900), USER_ID_NUMBER_BAD_CHECK_DIGIT
     */
    public static IdentityNumber parse(String raw, LocalDate today) {
        return parse(raw, today, EARLIEST_BIRTH_DATE);
    }

    /**
     * As {@link #parse(String, LocalDate)}, with another earliest birth date (the standard itself has none:
     * its own example B is born in 1880).
     */
    public static IdentityNumber parse(String raw, LocalDate today, LocalDate earliestBirthDate) {
        Objects.requireNonNull(today, "today");
        if (raw == null || raw.isBlank()) throw UserError.ID_NUMBER_MALFORMED.exception("the identity number is required");
        String number = raw.strip().toUpperCase(Locale.ROOT);
        if (FIRST_GENERATION.matcher(number).matches()) {
            throw UserError.ID_NUMBER_MALFORMED.exception(
                    "15-digit identity numbers (first-generation cards) are not accepted; enter the 18-character number");
        }
        if (number.length() != LENGTH) {
            throw UserError.ID_NUMBER_MALFORMED.exception(
                    "the identity number must have 18 characters, not " + number.codePointCount(0, number.length()));
        }
        if (!SHAPE.matcher(number).matches()) {
            String why = number.substring(0, LENGTH - 1).indexOf('X') >= 0
                    ? "'X' may only be the last character of the identity number"
                    : "the identity number must be 17 digits followed by a digit or 'X'";
            throw UserError.ID_NUMBER_MALFORMED.exception(why);
        }
        int province = Integer.parseInt(number.substring(0, 2));
        if (!PROVINCES.contains(province)) {
            throw UserError.ID_NUMBER_BAD_REGION.exception(
                    "the identity number starts with " + number.substring(0, 2) + ", which is no province code");
        }
        LocalDate birthDate = birthDate(number);
        if (birthDate.isAfter(today)) {
            throw UserError.ID_NUMBER_BAD_DATE.exception("the birth date in the identity number is in the future");
        }
        if (birthDate.isBefore(earliestBirthDate)) {
            throw UserError.ID_NUMBER_BAD_DATE.exception(
                    "the birth date in the identity number is before " + earliestBirthDate + "; check for a typo");
        }
        if (checkCharacter(number.substring(0, LENGTH - 1)) != number.charAt(LENGTH - 1)) {
            throw UserError.ID_NUMBER_BAD_CHECK_DIGIT.exception(
                    "the last character of the identity number does not match the others; check for a typo");
        }
        return new IdentityNumber(number, birthDate);
    }

    /**
     * ISO 7064:1983 MOD 11-2 over the first 17 digits.
     *
     * @param first17 17 ASCII digits
     * @return '0'..'9' or 'X'
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException noSuchDate) {
            throw UserError.ID_NUMBER_BAD_DATE.exception(
                    "the birth date in the identity number (characters 7 to 14, YYYYMMDD) is not a real date");
        }
    }

    /** @return the full number, upper case: only for encryption, the blind index and the identity provider */
    public String value() { return value; }

    /** @return first 4 characters, 10 '*', last 4, e.g. {@code 1101**********002X} */
    public String masked() { return mask(value); }

    /** @return the birth date the number carries */
    public LocalDate birthDate() { return birthDate; }

    /**
     * @param number an 18-character number
     * @return first 4, 10 '*', last 4
     */
    public static String mask(String number) {
        if (number == null || number.length() != LENGTH) throw new IllegalArgumentException("18 characters expected");
        return number.substring(0, 4) + "*".repeat(10) + number.substring(LENGTH - 4);
    }

    @Override public boolean equals(Object o) { return o instanceof IdentityNumber other && value.equals(other.value); }

    @Override public int hashCode() { return value.hashCode(); }

    /** @return the masked number, so that a log line or a debugger never shows it in full */
    @Override public String toString() { return masked(); }
}
