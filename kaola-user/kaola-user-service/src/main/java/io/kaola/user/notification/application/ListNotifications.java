package io.kaola.user.notification.application;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.user.api.NotificationView;
import io.kaola.user.notification.domain.Notification;
import io.kaola.user.notification.domain.NotificationRepository;
import org.springframework.stereotype.Service;

/** A shopper's notifications, newest first. */
@Service
public class ListNotifications {
    private final NotificationRepository notifications;

    public ListNotifications(NotificationRepository notifications) { this.notifications = notifications; }

    /** @return the page of {@code userId}'s notifications only */
    public Page<NotificationView> of(long userId, PageRequest page) {
        return new Page<>(notifications.listForUser(userId, page).stream().map(ListNotifications::view).toList(),
                page.page(), page.size(), notifications.countForUser(userId));
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.orderNo(), n.orderStatus().name(), n.title(), n.text(), n.delivery().name(),
                n.changedAt(), n.sentAt());
    }
}
