package io.kaola.user.identity.sandbox;

import io.kaola.common.error.KaolaException;
import io.kaola.user.identity.domain.IdentityNumber;
import io.kaola.user.identity.domain.RealName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * At startup (profile {@code sandbox} only), registers the configured real pairs with the sandbox provider. A malformed entry stops the start
 * (its position and error code are reported, never the number), so that a typo does not go unnoticed.
 */
@Component
@Profile("sandbox")
public class SeedSandboxIdentities implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SeedSandboxIdentities.class);

    private final SandboxIdentityProperties properties;
    private final SandboxIdentityProvider sandbox;
    private final Clock clock;

    public SeedSandboxIdentities(SandboxIdentityProperties properties, SandboxIdentityProvider sandbox, Clock clock) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> entries = properties.realIdentities();
        for (int i = 0; i < entries.size(); i++) {
            String[] parts = entries.get(i).split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalStateException("kaola.user.identity-sandbox.real-identities[" + i + "] must be name|number");
            }
            try {
                sandbox.register(RealName.parse(parts[0]), IdentityNumber.parse(parts[1], LocalDate.now(clock)));
            } catch (KaolaException e) {
                throw new IllegalStateException("kaola.user.identity-sandbox.real-identities[" + i + "] refused: " + e.code());
            }
        }
        if (!entries.isEmpty()) log.info("sandbox identity provider: {} configured real pairs registered", entries.size());
    }
}
