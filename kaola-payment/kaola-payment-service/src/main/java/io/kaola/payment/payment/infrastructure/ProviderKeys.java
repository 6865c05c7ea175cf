package io.kaola.payment.payment.infrastructure;

import io.kaola.payment.PaymentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The HMAC keys shared with payment providers; today only "sandbox", from {@code kaola.payment.sandbox.secret}
 * (env KAOLA_PAYMENT_SANDBOX_SECRET). Without it a random key is made per start, which works only while the
 * sandbox runs in this process (it reads the same bean).
 */
@Component
public class ProviderKeys {
    public static final String SANDBOX = "sandbox";
    private static final Logger log = LoggerFactory.getLogger(ProviderKeys.class);

    private final byte[] sandboxKey;

    public ProviderKeys(PaymentProperties properties) {
        String secret = properties.sandbox().secret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
            log.warn("kaola.payment.sandbox.secret (KAOLA_PAYMENT_SANDBOX_SECRET) is not set: using a random key for"
                    + " this run; only the in-process sandbox can sign notifications that verify");
        }
        this.sandboxKey = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a copy of the provider's key, empty for a provider we have no key for */
    public Optional<byte[]> keyFor(String provider) {
        return SANDBOX.equals(provider) ? Optional.of(sandboxKey.clone()) : Optional.empty();
    }
}
