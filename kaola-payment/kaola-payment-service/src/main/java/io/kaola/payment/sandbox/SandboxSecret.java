package io.kaola.payment.sandbox;

import io.kaola.payment.config.SandboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox provider's secret, from {@code kaola.payment.sandbox.secret} (env KAOLA_PAYMENT_SANDBOX_SECRET): the
 * HMAC key of its notifications (shared by {@link SandboxNotifier}, which signs, and {@link SandboxPaymentAdapter},
 * which verifies) and the root of its identity-check key. Without it a random key is made per start, which works
 * only while the sandbox runs in this process (it reads the same bean).
 */
@Component
@Profile("sandbox")
public class SandboxSecret {
    private static final Logger log = LoggerFactory.getLogger(SandboxSecret.class);

    private final byte[] key;

    public SandboxSecret(SandboxProperties properties) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
            log.warn("kaola.payment.sandbox.secret (KAOLA_PAYMENT_SANDBOX_SECRET) is not set: using a random key for"
                    + " this run; only the in-process sandbox can sign notifications that verify");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a copy of the key bytes */
    public byte[] key() { return key.clone(); }

    @Override public String toString() { return "SandboxSecret[***]"; }
}
