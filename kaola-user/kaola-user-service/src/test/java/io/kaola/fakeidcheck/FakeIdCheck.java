package io.kaola.fakeidcheck;

import io.kaola.user.identity.domain.IdentityProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for a real ID-check provider, outside {@code io.kaola.user} so that the app's own component scan never
 * finds it: only a test that names this configuration gets it. Every pair mismatches.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeIdCheck {

    @Bean
    IdentityProvider licensedIdCheck() { return (name, number) -> IdentityProvider.Answer.MISMATCH; }
}
