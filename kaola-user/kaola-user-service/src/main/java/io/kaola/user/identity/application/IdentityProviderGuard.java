package io.kaola.user.identity.application;

import io.kaola.common.boot.config.MissingProviderException;
import io.kaola.user.identity.domain.IdentityProvider;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Refuses to start kaola-user when no identity-verification (ID-check) provider is configured: without the
 * {@code sandbox} profile the sandbox provider is not there, and nothing silently stands in for a real one. Runs as a
 * bean factory post-processor, so the start stops before any bean is created; Spring Boot prints the failure
 * through kaola-common-boot's {@link io.kaola.common.boot.config.MissingProviderFailureAnalyzer}.
 */
public class IdentityProviderGuard implements BeanFactoryPostProcessor {
    /** The message of the refused start. */
    public static final String NO_PROVIDER_MESSAGE = "kaola-user: no identity-verification (ID-check) provider is"
            + " configured. For local use turn on the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox; ./kaola up does);"
            + " in production configure a real provider (an IdentityProvider bean, docs/cross-border.md)";

    /** Thrown when the start is refused. */
    public static class NoIdentityProviderException extends MissingProviderException {
        public NoIdentityProviderException() {
            super(NO_PROVIDER_MESSAGE, "Start with the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox, or"
                    + " -Dspring.profiles.active=sandbox) for local use and tests; in production add an IdentityProvider"
                    + " bean for the licensed ID-check service. The sandbox must never face real customers.");
        }
    }

    /** @throws NoIdentityProviderException when no bean implements {@link IdentityProvider} */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory.getBeanNamesForType(IdentityProvider.class, true, false).length == 0) {
            throw new NoIdentityProviderException();
        }
    }
}
