package io.kaola.user.config;

import io.kaola.user.identity.sandbox.SandboxIdentityProvider;
import io.kaola.user.identity.sandbox.SeedSandboxIdentities;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;

/**
 * The sandbox identity provider's start-up seed, only with the {@code sandbox} profile. Wired here so that the
 * sandbox reads no configuration class (config depends on the identity feature, never the reverse).
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
public class SandboxIdentityConfiguration {

    /** @return the runner registering {@link SandboxIdentityProperties#realIdentities()} at start */
    @Bean
    SeedSandboxIdentities seedSandboxIdentities(SandboxIdentityProperties properties, SandboxIdentityProvider sandbox,
                                                Clock clock) {
        return new SeedSandboxIdentities(properties.realIdentities(), sandbox, clock);
    }
}
