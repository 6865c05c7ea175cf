package io.kaola.user.identity.application;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start ({@link IdentityProviderGuard}) as "APPLICATION FAILED TO START" with what to do. */
public class NoIdentityProviderFailureAnalyzer
        extends AbstractFailureAnalyzer<IdentityProviderGuard.NoIdentityProviderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IdentityProviderGuard.NoIdentityProviderException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start with the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox, or -Dspring.profiles.active=sandbox)"
                        + " for local use and tests; in production add an IdentityProvider bean for the licensed"
                        + " ID-check service. The sandbox must never face real customers.", cause);
    }
}
