package io.kaola.payment.payment.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start ({@link PaymentProviderGuard}) as "APPLICATION FAILED TO START" with what to do. */
public class NoPaymentProviderFailureAnalyzer
        extends AbstractFailureAnalyzer<PaymentProviderGuard.NoPaymentProviderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PaymentProviderGuard.NoPaymentProviderException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start with the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox, or -Dspring.profiles.active=sandbox)"
                        + " for local use and tests; in production add a PaymentProviderAdapter bean for a real"
                        + " provider and its settings (docs/payments.md). The sandbox must never face real customers.",
                cause);
    }
}
