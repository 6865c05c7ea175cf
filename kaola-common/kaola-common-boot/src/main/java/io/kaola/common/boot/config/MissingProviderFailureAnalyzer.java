package io.kaola.common.boot.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link MissingProviderException} as "APPLICATION FAILED TO START" with what to do. */
public class MissingProviderFailureAnalyzer extends AbstractFailureAnalyzer<MissingProviderException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProviderException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
