package io.kaola.user.notification.application;

import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.user.notification.domain.DeliveryStatus;
import io.kaola.user.notification.domain.DeliveryTransition;
import io.kaola.user.notification.domain.Notification;
import io.kaola.user.notification.domain.NotificationRepository;
import io.kaola.user.notification.domain.OrderNotices;
import io.kaola.common.state.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * Notifies the shopper of one order status change, once. First the notification is recorded PENDING, unique on
 * (orderNo, status): a redelivered event finds it and records nothing. Then it is sent under the row's lock: a SENT
 * one is never sent again, and two deliveries of one event never send at the same time. A failed send is counted
 * and rethrown, so RocketMQ redelivers the event (kaola.mq.max-reconsume-times, then the dead-letter desk) and the
 * send is retried; the provider's idempotency key ({@link Notification#key()}) covers a crash between the provider's
 * accept and the SENT write.
 */
@Service
public class NotifyShopper {
    private static final Logger log = LoggerFactory.getLogger(NotifyShopper.class);

    private final NotificationRepository notifications;
    private final NotificationSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public NotifyShopper(NotificationRepository notifications, NotificationSender sender, TransactionTemplate transactions,
                         Clock clock) {
        this.notifications = notifications;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param event the change (key orderNo:status)
     * @throws RuntimeException when the provider refused the send (retry later)
     */
    public void on(OrderStatusChanged event) {
        OrderNotices.Notice notice = OrderNotices.of(event.status(), event.orderNo(), event.reason());
        Notification draft = new Notification(0, event.buyerId(), event.orderNo(), event.status(), notice.title(),
                notice.text(), DeliveryStatus.PENDING, 0, event.at() != null ? event.at() : clock.instant(), null);
        if (!notifications.recordIfNew(draft)) {
            log.debug("notification {} already recorded", draft.key());
        }
        deliver(event.orderNo(), event.status());
    }

    private void deliver(String orderNo, OrderStatus status) {
        RuntimeException failure = transactions.execute(tx -> {
            Optional<Notification> locked = notifications.lock(orderNo, status);
            if (locked.isEmpty()) return null;
            Notification n = locked.get();
            Step<DeliveryStatus> step = DeliveryTransition.LIFECYCLE.decide(n.delivery(), DeliveryTransition.SEND);
            if (!step.moves()) return null;                        // SENT: never twice
            try {
                sender.send(n);
            } catch (RuntimeException e) {
                notifications.recordFailure(n.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
                log.warn("notification {} not sent (attempt {}), retried: {}", n.key(), n.attempts() + 1, e.toString());
                return e;                                          // commit the failure count, then rethrow
            }
            notifications.markSent(n.id(), step.from(), step.to(), clock.instant());
            return null;
        });
        if (failure != null) throw failure;
    }
}
