package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.config.SandboxCarrierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox carrier's push key, from {@code kaola.logistics.sandbox.secret} (env KAOLA_CARRIER_SANDBOX_SECRET),
 * shared by the pusher (signs) and the adapter (verifies). Without it a random key is made per start, which works
 * only while the sandbox runs in this process.
 */
@Component
@Profile("sandbox")
public class SandboxCarrierSecret {
    private static final Logger log = LoggerFactory.getLogger(SandboxCarrierSecret.class);

    private final byte[] key;

    public SandboxCarrierSecret(SandboxCarrierProperties properties) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
            log.warn("kaola.logistics.sandbox.secret (KAOLA_CARRIER_SANDBOX_SECRET) is not set: using a random key for"
                    + " this run; only the in-process sandbox carrier can sign pushes that verify");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a copy of the key bytes */
    public byte[] key() { return key.clone(); }

    @Override public String toString() { return "SandboxCarrierSecret[***]"; }
}
