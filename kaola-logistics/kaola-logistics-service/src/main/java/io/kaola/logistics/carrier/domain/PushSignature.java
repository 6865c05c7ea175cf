package io.kaola.logistics.carrier.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The sandbox carrier's DataSign: base64(HMAC-SHA256(secret, RequestData as UTF-8)), standard alphabet with padding.
 * Real kdniao signs urlencode(base64(md5hex(RequestData + AppKey))) (fulfilment.md §2); the sandbox uses a keyed MAC
 * instead (MD5 of data + key is not a MAC). The value travels form-encoded, so after decoding the form it is plain
 * base64. Verification compares the MAC bytes in constant time ({@link MessageDigest#isEqual}).
 */
public final class PushSignature {
    private static final String ALGORITHM = "HmacSHA256";

    private PushSignature() {}

    /**
     * @param key  shared secret bytes
     * @param data the exact text signed (RequestData as sent)
     * @return base64 of the 32-byte MAC
     */
    public static String sign(byte[] key, String data) {
        return Base64.getEncoder().encodeToString(mac(key, data));
    }

    /**
     * @param signature the claimed DataSign; null, blank or not base64 never verifies
     * @return true when {@code signature} is the MAC of {@code data} under {@code key}
     */
    public static boolean verify(byte[] key, String data, String signature) {
        if (data == null || signature == null || signature.isBlank()) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, data), given);
    }

    private static byte[] mac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);   // every Java 17 runtime has it
        }
    }
}
