package io.kaola.common.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Authenticated encryption of identity numbers at rest: AES-256-GCM (NIST SP 800-38D), a random 96-bit IV
 * per value, a 128-bit tag, and a context (e.g. the owner's user id) as additional authenticated data, so a
 * cipher text copied onto another row does not decrypt.
 * <p>
 * Stored form: {@code kid:base64(iv | ciphertext | tag)}. Keys rotate: new values use the current key id,
 * any key still in the ring decrypts the values written under it. Remove a key only after re-encrypting its values.
 * <p>
 * One scheme for every service that keeps identity numbers (docs/adr/0009): kaola-user (the verified identity) and
 * kaola-customs (the declared buyer and payer), each with its own key ring.
 */
public final class IdentityCipher {
    public static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentKid;

    /**
     * @param keys       key id → 32-byte AES key
     * @param currentKid the key id new values are encrypted with; must be in {@code keys}
     */
    public IdentityCipher(Map<String, byte[]> keys, String currentKid) {
        if (keys.isEmpty()) throw new IllegalArgumentException("at least one identity key is required");
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        keys.forEach((kid, key) -> {
            if (!KID.matcher(kid).matches()) {
                throw new IllegalArgumentException("identity key id '" + kid + "' must be 1..32 of [A-Za-z0-9_-]");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("identity key '" + kid + "' must be 32 bytes (AES-256), not " + key.length);
            }
            ring.put(kid, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!ring.containsKey(currentKid)) {
            throw new IllegalArgumentException("current identity key '" + currentKid + "' is not among " + ring.keySet());
        }
        this.keys = Map.copyOf(ring);
        this.currentKid = currentKid;
    }

    /**
     * Reads the configured key ring.
     *
     * @param spec       {@code kid1:base64key,kid2:base64key} (each key 32 bytes, standard base64)
     * @param currentKid the key id to encrypt with; may be blank when the ring has one key
     * @throws IllegalArgumentException naming the bad entry (never a key)
     */
    public static IdentityCipher fromConfig(String spec, String currentKid) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) continue;
            int colon = entry.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("identity key entries are kid:base64key, got an entry without a kid");
            String kid = entry.substring(0, colon).strip();
            try {
                keys.put(kid, Base64.getDecoder().decode(entry.substring(colon + 1).strip()));
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("identity key '" + kid + "' is not base64");
            }
        }
        String current = currentKid == null || currentKid.isBlank()
                ? (keys.size() == 1 ? keys.keySet().iterator().next() : null)
                : currentKid.strip();
        if (current == null) throw new IllegalArgumentException("several identity keys: name the current one");
        return new IdentityCipher(keys, current);
    }

    /** @return a new random 32-byte key, base64 */
    public static String randomKeyBase64() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** @return the key id new values are encrypted with */
    public String currentKid() { return currentKid; }

    /** @return every key id that can decrypt */
    public Set<String> kids() { return keys.keySet(); }

    /**
     * @param plaintext the value to protect
     * @param context   bound to the cipher text (AAD), required again to decrypt, e.g. {@code "user:42"}
     * @return {@code kid:base64(iv | ciphertext | tag)} under the current key
     */
    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKid), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return currentKid + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * @param stored  a value from {@link #encrypt}, under any key of the ring
     * @param context the context it was encrypted with
     * @return the plaintext
     * @throws IllegalStateException when the key id is unknown or the value was altered (the tag does not verify)
     */
    public String decrypt(String stored, String context) {
        String kid = kidOf(stored);
        SecretKey key = keys.get(kid);
        if (key == null) throw new IllegalStateException("identity key '" + kid + "' is not configured; it cannot be decrypted");
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(kid.length() + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("identity cipher text under key '" + kid + "' is not base64");
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) throw new IllegalStateException("identity cipher text is too short");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("identity cipher text under key '" + kid + "' failed authentication"
                    + " (altered, or stored for another owner)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @return true when {@code stored} is not under the current key, i.e. a rotation should re-encrypt it */
    public boolean needsReencryption(String stored) { return !currentKid.equals(kidOf(stored)); }

    private static String kidOf(String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        if (colon <= 0) throw new IllegalStateException("identity cipher text has no key id");
        return stored.substring(0, colon);
    }

    @Override public String toString() { return "IdentityCipher[current=" + currentKid + ", kids=" + keys.keySet() + "]"; }
}
