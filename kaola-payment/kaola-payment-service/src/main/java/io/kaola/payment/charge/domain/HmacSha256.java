package io.kaola.payment.charge.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HMAC-SHA256 (RFC 2104, test vectors RFC 4231) over exact bytes, as lower-case hex: how the sandbox
 * provider signs a notification and how we verify it.
 */
public final class HmacSha256 {
    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {}

    /**
     * @param key  shared secret bytes (any length)
     * @param data the exact bytes signed, e.g. a notification body as sent
     * @return 64 lower-case hex characters
     */
    public static String signHex(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);   // every Java 17 runtime has it
        }
    }

    /**
     * Compares in constant time ({@link MessageDigest#isEqual}), so the time taken does not tell a forger
     * how many leading characters were right. Hex case is ignored.
     *
     * @param signatureHex the claimed signature; null or blank never verifies
     * @return true when {@code signatureHex} is the HMAC of {@code data} under {@code key}
     */
    public static boolean verifyHex(byte[] key, byte[] data, String signatureHex) {
        if (signatureHex == null || signatureHex.isBlank()) return false;
        byte[] expected = signHex(key, data).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signatureHex.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
