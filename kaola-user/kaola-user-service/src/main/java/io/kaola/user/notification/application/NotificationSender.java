package io.kaola.user.notification.application;

import io.kaola.user.notification.domain.Notification;

/**
 * The SMS/push provider. Implementations: the sandbox provider (profile {@code sandbox}); a real provider is one more
 * implementation (kaola-user refuses to start without any, {@link NotificationSenderGuard}).
 */
public interface NotificationSender {

    /**
     * Sends one notification. The provider must take {@link Notification#key()} as its idempotency key (SMS providers'
     * "outId"/business id), so a send repeated after a crash between "sent" and "recorded as sent" reaches the shopper once.
     *
     * @param notification what to send, to whom ({@link Notification#userId()})
     * @throws RuntimeException when the provider did not accept it (the send is retried)
     */
    void send(Notification notification);
}
