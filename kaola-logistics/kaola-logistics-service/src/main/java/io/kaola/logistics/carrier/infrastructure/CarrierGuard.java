package io.kaola.logistics.carrier.infrastructure;

import io.kaola.common.boot.config.MissingProviderException;
import io.kaola.logistics.carrier.application.CarrierAdapter;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Refuses to start kaola-logistics when no carrier is configured: without the {@code sandbox} profile the sandbox
 * carrier is not there, and nothing silently stands in for a real one. Runs before any bean is created.
 */
public class CarrierGuard implements BeanFactoryPostProcessor {

    /** Thrown when the start is refused. */
    public static class NoCarrierException extends MissingProviderException {
        public NoCarrierException() {
            super(CarrierAdapter.NO_CARRIER_MESSAGE, "Start with the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox)"
                    + " for local use and tests; in production add a CarrierAdapter bean for a real carrier"
                    + " (docs/logistics.md). The sandbox must never face real customers.");
        }
    }

    /** @throws NoCarrierException when no bean implements {@link CarrierAdapter} */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory.getBeanNamesForType(CarrierAdapter.class, true, false).length == 0) {
            throw new NoCarrierException();
        }
    }
}
