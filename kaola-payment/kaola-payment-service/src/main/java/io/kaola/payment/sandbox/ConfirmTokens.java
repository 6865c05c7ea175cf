package io.kaola.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One-time confirmation tokens of the sandbox cashier: 32 bytes (256 bits) from a {@link SecureRandom}, URL-safe
 * base64 without padding (43 characters). Only the SHA-256 of a token is stored: the token is random and long, so
 * a plain hash cannot be reversed or guessed (no key or slow hash needed), and a database reader cannot confirm.
 */
public final class ConfirmTokens {
    /** Characters of a token. */
    public static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmTokens() {}

    /** A token and the hash to store for it. The token goes to the shopper only; never log it. */
    public record Issued(String token, String hash) {
        @Override public String toString() { return "Issued[token=***, hash=" + hash + "]"; }
    }

    /** @return a new random token and its hash */
    public static Issued issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hashOf(token));
    }

    /** @return 64 lower-case hex characters of SHA-256 over the token's UTF-8 bytes */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);   // every Java runtime has it
        }
    }

    /** @return true when {@code token} is well-formed (43 URL-safe base64 characters); says nothing of its validity */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == LENGTH && token.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /**
     * Compares in constant time ({@link MessageDigest#isEqual}).
     * @return true when {@code token} hashes to {@code storedHash}; false for any null
     */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) return false;
        return MessageDigest.isEqual(hashOf(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
