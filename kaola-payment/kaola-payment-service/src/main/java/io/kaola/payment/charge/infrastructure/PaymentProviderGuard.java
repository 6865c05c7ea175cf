package io.kaola.payment.charge.infrastructure;

import io.kaola.common.boot.config.MissingProviderException;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Refuses to start kaola-payment when no payment provider is configured: without the {@code sandbox} profile
 * the sandbox adapter is not there, and nothing silently stands in for a real provider. Runs as a bean factory
 * post-processor, so the start stops before any bean is created (no database connection, nothing exported).
 * Spring Boot prints the failure through kaola-common-boot's {@link io.kaola.common.boot.config.MissingProviderFailureAnalyzer}.
 */
public class PaymentProviderGuard implements BeanFactoryPostProcessor {
    /** The message of the refused start ({@link PaymentProviderAdapter#NO_PROVIDER_MESSAGE}). */
    public static final String NO_PROVIDER_MESSAGE = PaymentProviderAdapter.NO_PROVIDER_MESSAGE;

    /** Thrown when the start is refused. */
    public static class NoPaymentProviderException extends MissingProviderException {
        public NoPaymentProviderException() {
            super(NO_PROVIDER_MESSAGE, "Start with the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox, or"
                    + " -Dspring.profiles.active=sandbox) for local use and tests; in production add a PaymentProviderAdapter"
                    + " bean for a real provider and its settings (docs/payments.md). The sandbox must never face real"
                    + " customers.");
        }
    }

    /** @throws NoPaymentProviderException when no bean implements {@link PaymentProviderAdapter} */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        // type check by bean definition only: nothing is instantiated here
        if (beanFactory.getBeanNamesForType(PaymentProviderAdapter.class, true, false).length == 0) {
            throw new NoPaymentProviderException();
        }
    }
}
