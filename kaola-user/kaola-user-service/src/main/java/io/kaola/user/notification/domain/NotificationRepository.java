package io.kaola.user.notification.domain;

import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of notifications (table notification, unique on order_no + order_status). */
public interface NotificationRepository {

    /** @return true when this (orderNo, orderStatus) was new and the PENDING row was inserted; false for a repeat */
    boolean recordIfNew(Notification draft);

    /** @return the notification, its row locked until the transaction ends (so one sender at a time) */
    Optional<Notification> lock(String orderNo, OrderStatus status);

    /** Guarded PENDING→SENT write; @return true when it moved */
    boolean markSent(long id, DeliveryStatus from, DeliveryStatus to, Instant sentAt);

    /** Counts a failed send and keeps its reason (never the message text). */
    void recordFailure(long id, String error);

    /** @return a user's notifications of one page, newest first */
    List<Notification> listForUser(long userId, PageRequest page);

    /** @return how many notifications the user has */
    long countForUser(long userId);
}
