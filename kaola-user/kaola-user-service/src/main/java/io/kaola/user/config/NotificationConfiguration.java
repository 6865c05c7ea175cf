package io.kaola.user.config;

import io.kaola.user.notification.application.NotificationSenderGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Order notifications: kaola-user does not start without an SMS/push provider (docs/notifications.md). */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    /** Static: a bean factory post-processor runs before this configuration is instantiated. */
    @Bean
    static NotificationSenderGuard notificationSenderGuard() { return new NotificationSenderGuard(); }
}
