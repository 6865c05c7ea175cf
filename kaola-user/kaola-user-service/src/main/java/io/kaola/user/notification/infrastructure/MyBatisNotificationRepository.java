package io.kaola.user.notification.infrastructure;

import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderStatus;
import io.kaola.user.notification.domain.DeliveryStatus;
import io.kaola.user.notification.domain.Notification;
import io.kaola.user.notification.domain.NotificationRepository;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link NotificationRepository} on MariaDB. */
@Repository
class MyBatisNotificationRepository implements NotificationRepository {
    private static final int MAX_ERROR = 500;

    private final NotificationMapper mapper;
    private final Clock clock;

    MyBatisNotificationRepository(NotificationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean recordIfNew(Notification n) {
        return mapper.insertIgnore(n.userId(), n.orderNo(), n.orderStatus().name(), n.title(), n.text(), n.changedAt(),
                Instant.now(clock)) == 1;
    }

    @Override
    public Optional<Notification> lock(String orderNo, OrderStatus status) {
        return Optional.ofNullable(mapper.lock(orderNo, status.name())).map(MyBatisNotificationRepository::toDomain);
    }

    @Override
    public boolean markSent(long id, DeliveryStatus from, DeliveryStatus to, Instant sentAt) {
        return mapper.markSent(id, from.name(), to.name(), sentAt) == 1;
    }

    @Override
    public void recordFailure(long id, String error) {
        String e = error == null ? "" : error;
        mapper.recordFailure(id, e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e);
    }

    @Override
    public List<Notification> listForUser(long userId, PageRequest page) {
        return mapper.listForUser(userId, page.size(), page.offset()).stream().map(MyBatisNotificationRepository::toDomain).toList();
    }

    @Override
    public long countForUser(long userId) { return mapper.countForUser(userId); }

    private static Notification toDomain(NotificationRow r) {
        return new Notification(r.id(), r.userId(), r.orderNo(), OrderStatus.valueOf(r.orderStatus()), r.title(), r.body(),
                DeliveryStatus.valueOf(r.delivery()), r.attempts(), r.changedAt(), r.sentAt());
    }
}
