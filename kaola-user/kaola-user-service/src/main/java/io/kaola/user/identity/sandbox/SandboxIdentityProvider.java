package io.kaola.user.identity.sandbox;

import io.kaola.user.api.UserError;
import io.kaola.user.identity.domain.BlindIndex;
import io.kaola.user.identity.domain.IdentityNumber;
import io.kaola.user.identity.domain.IdentityProvider;
import io.kaola.user.identity.domain.RealName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for the public identity-verification service, run only with the {@code sandbox} profile (it must never
 * face real customers: it says MATCH for whatever ops registered): a pair is real when ops registered it. Pairs are
 * kept as keyed hashes (HMAC-SHA256 of {@code name|number}), never in clear. Availability is per instance
 * (in memory), so an outage can be simulated; it starts available.
 */
@Component
@Profile("sandbox")
public class SandboxIdentityProvider implements IdentityProvider {
    private static final Logger log = LoggerFactory.getLogger(SandboxIdentityProvider.class);

    private final SandboxIdentityMapper pairs;
    private final BlindIndex index;
    private final Clock clock;
    private final AtomicBoolean available = new AtomicBoolean(true);

    public SandboxIdentityProvider(SandboxIdentityMapper pairs, BlindIndex index, Clock clock) {
        this.pairs = pairs;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public Answer check(RealName name, IdentityNumber number) {
        if (!available.get()) {
            throw UserError.IDENTITY_PROVIDER_UNAVAILABLE.exception(
                    "the identity-verification service did not answer; nothing was saved, try again in a minute");
        }
        return pairs.exists(index.ofPair(name, number)) ? Answer.MATCH : Answer.MISMATCH;
    }

    /** Declares a well-formed pair real. Idempotent. */
    public void register(RealName name, IdentityNumber number) {
        pairs.insertIgnore(index.ofPair(name, number), Instant.now(clock));
        log.info("sandbox identity provider: registered a real pair for {}", number.masked());
    }

    /** @param available false makes every check fail with USER_IDENTITY_PROVIDER_UNAVAILABLE */
    public void setAvailable(boolean available) {
        if (this.available.getAndSet(available) != available) {
            log.warn("sandbox identity provider is now {}", available ? "available" : "UNAVAILABLE (simulated outage)");
        }
    }

    /** @return whether checks are answered */
    public boolean isAvailable() { return available.get(); }
}
