package io.kaola.user.identity.sandbox;

import io.kaola.common.error.KaolaException;
import io.kaola.user.identity.domain.IdentityNumber;
import io.kaola.user.identity.domain.RealName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * At startup (profile {@code sandbox} only, wired by {@code io.kaola.user.config.SandboxIdentityConfiguration}),
 * registers the configured real pairs ({@code kaola.user.identity-sandbox.real-identities}) with the sandbox
 * provider. A malformed entry stops the start (its position and error code are reported, never the number), so
 * that a typo does not go unnoticed.
 */
public class SeedSandboxIdentities implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SeedSandboxIdentities.class);

    private final List<String> entries;
    private final SandboxIdentityProvider sandbox;
    private final Clock clock;

    /**
     * @param entries {@code name|number} pairs, in configuration order (blank ones already dropped)
     * @param sandbox the provider they are registered with
     * @param clock   today's date for the numbers' birth-date check
     */
    public SeedSandboxIdentities(List<String> entries, SandboxIdentityProvider sandbox, Clock clock) {
        this.entries = List.copyOf(entries);
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
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
