package io.kaola.user.identity.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A keyed hash (HMAC-SHA256, RFC 2104) that finds equal values without storing them: the same identity number
 * gives the same 64-hex-character key on every account (the key of the annual quota), and without the index key
 * nobody can test guesses against it, which a plain hash of an 18-digit number would allow.
 * <p>
 * The index key must never change: every stored identity key and sandbox pair depends on it.
 */
public final class BlindIndex {
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /** @param key at least 32 random bytes */
    public BlindIndex(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the identity index key must have at least 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** @param base64Key at least 32 bytes, standard base64 */
    public static BlindIndex fromBase64(String base64Key) {
        try {
            return new BlindIndex(Base64.getDecoder().decode(base64Key.strip()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("the identity index key")) throw e;
            throw new IllegalArgumentException("the identity index key is not base64");
        }
    }

    /** @return HMAC-SHA256 of the UTF-8 bytes of {@code value}, 64 lower-case hex characters */
    public String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return the identity key of a number: the same for every account holding it */
    public String ofIdentity(IdentityNumber number) { return of(number.value()); }

    /** @return the key of a name + number pair ({@code name|number}): how the sandbox provider knows real pairs */
    public String ofPair(RealName name, IdentityNumber number) { return of(name.value() + "|" + number.value()); }

    @Override public String toString() { return "BlindIndex[HmacSHA256]"; }
}
