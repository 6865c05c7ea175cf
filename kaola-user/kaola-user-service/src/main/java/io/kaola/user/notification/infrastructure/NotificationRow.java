package io.kaola.user.notification.infrastructure;

import java.time.Instant;

/** A row of table notification. */
public record NotificationRow(long id, long userId, String orderNo, String orderStatus, String title, String body,
                              String delivery, int attempts, Instant changedAt, Instant sentAt) {
}
