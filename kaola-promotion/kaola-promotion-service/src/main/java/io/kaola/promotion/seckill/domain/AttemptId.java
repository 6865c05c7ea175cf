package io.kaola.promotion.seckill.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * Attempt ids are {@code <saleId>-<32 hex>}: the sale id says under which hash tag the attempt is kept, the random
 * part makes it unguessable (a shopper polls only their own, and the id is the order's idempotency key).
 */
public final class AttemptId {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest id accepted (a sale id of 19 digits, the dash, 32 hex). */
    public static final int MAX_LENGTH = 52;

    private AttemptId() {}

    /** @return a new attempt id for the sale */
    public static String next(long saleId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return saleId + "-" + HexFormat.of().formatHex(bytes);
    }

    /** @return the sale of a well-formed attempt id, empty for anything else */
    public static OptionalLong saleOf(String attemptId) {
        if (attemptId == null || attemptId.length() > MAX_LENGTH) return OptionalLong.empty();
        int dash = attemptId.indexOf('-');
        if (dash < 1 || attemptId.length() - dash - 1 != 32) return OptionalLong.empty();
        try {
            HexFormat.of().parseHex(attemptId.substring(dash + 1));
            return OptionalLong.of(Long.parseLong(attemptId.substring(0, dash)));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
