package io.kaola.user.notification.application;

import io.kaola.common.boot.config.MissingProviderException;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Refuses to start kaola-user without an SMS/push provider ({@link NotificationSender} bean): without the
 * {@code sandbox} profile the sandbox provider is not there, and nothing silently drops shoppers' notifications.
 */
public class NotificationSenderGuard implements BeanFactoryPostProcessor {
    /** The message of the refused start. */
    public static final String NO_SENDER_MESSAGE = "kaola-user: no SMS/push notification provider is configured."
            + " For local use turn on the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox); in production add a"
            + " NotificationSender bean for the provider (docs/notifications.md)";

    /** Thrown when the start is refused. */
    public static class NoNotificationSenderException extends MissingProviderException {
        public NoNotificationSenderException() {
            super(NO_SENDER_MESSAGE, "Start with the sandbox profile for local use and tests; in production add a"
                    + " NotificationSender bean. The sandbox sends nothing to real phones.");
        }
    }

    /** @throws NoNotificationSenderException when no bean implements {@link NotificationSender} */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory.getBeanNamesForType(NotificationSender.class, true, false).length == 0) {
            throw new NoNotificationSenderException();
        }
    }
}
