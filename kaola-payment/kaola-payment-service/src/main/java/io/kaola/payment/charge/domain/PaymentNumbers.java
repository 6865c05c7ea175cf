package io.kaola.payment.charge.domain;

import io.kaola.common.id.IdGenerator;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Payment numbers that cannot be guessed from one another: the decimal snowflake id (time-ordered, unique per
 * worker; at most 19 digits) followed by {@value #RANDOM_DIGITS} digits from a {@link SecureRandom}, at most 29
 * characters in all (the columns are VARCHAR(32)). Knowing one payment number and the time of another leaves
 * 10^10 candidates for it, so payments cannot be enumerated.
 */
public final class PaymentNumbers {
    /** How many random decimal digits end every number. */
    public static final int RANDOM_DIGITS = 10;
    /** The longest number issued. */
    public static final int MAX_LENGTH = 19 + RANDOM_DIGITS;
    private static final long RANDOM_BOUND = 10_000_000_000L;   // 10^RANDOM_DIGITS

    private final IdGenerator ids;
    private final RandomGenerator random;

    /** @param ids the snowflake generator of this instance (worker id unique among instances) */
    public PaymentNumbers(IdGenerator ids) { this(ids, new SecureRandom()); }

    /** @param random the source of the random part; a {@link SecureRandom} outside tests */
    public PaymentNumbers(IdGenerator ids, RandomGenerator random) {
        this.ids = ids;
        this.random = random;
    }

    /** @return a new payment number: digits only, at most {@value #MAX_LENGTH} characters, unique (the snowflake prefix
     *         is, and the random part has a fixed length) */
    public String next() {
        return ids.nextId() + String.format("%010d", random.nextLong(RANDOM_BOUND));
    }
}
