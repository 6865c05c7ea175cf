package io.kaola.user.notification.domain;

/** Whether the provider accepted a notification: PENDING (recorded, retried until sent), then SENT (final). */
public enum DeliveryStatus {
    /** Recorded, not yet accepted by the provider. */
    PENDING,
    /** The provider accepted it; it is never sent again. */
    SENT
}
