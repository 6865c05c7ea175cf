package io.kaola.payment.sandbox;

import io.kaola.payment.charge.domain.HmacSha256;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the sandbox provider checks that the payer is the buyer without keeping anyone's identity number: it keeps
 * a keyed hash (HMAC-SHA256) of "name|number" and compares hashes. The key is derived from the sandbox secret
 * (HMAC of a fixed label), so it differs from the notification-signing key.
 */
final class SandboxIdentityCheck {
    private static final byte[] LABEL = "kaola-sandbox-identity-check-v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] key;

    /** @param sandboxSecret the sandbox provider's secret (kaola.payment.sandbox.secret) */
    SandboxIdentityCheck(byte[] sandboxSecret) {
        this.key = HmacSha256.signHex(sandboxSecret, LABEL).getBytes(StandardCharsets.US_ASCII);
    }

    /** @return 64 hex characters; name trimmed, number trimmed and upper-cased (a lower-case 'x' is the same number) */
    String hashOf(String name, String idNumber) {
        String normalized = name.trim() + "|" + idNumber.trim().toUpperCase(Locale.ROOT);
        return HmacSha256.signHex(key, normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** @return first 4 + '*' for the middle + last 4, e.g. {@code 3301**********123X}; all '*' when 8 or shorter */
    static String mask(String idNumber) {
        String n = idNumber.trim().toUpperCase(Locale.ROOT);
        if (n.length() <= 8) return "*".repeat(n.length());
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }
}
