package io.kaola.user;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.deadletter.DeadLetterFilter;
import io.kaola.common.deadletter.DeadLetterService;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.user.api.NotificationService;
import io.kaola.user.api.NotificationView;
import io.kaola.user.notification.application.NotifyShopper;
import io.kaola.user.notification.sandbox.SandboxNotificationSender;
import io.kaola.devinfra.ServicePlaneClient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Order notifications over the real RocketMQ and MariaDB, with the sandbox SMS/push provider: a redelivered
 * order-status-changed records one notification and sends once; a failed send is retried by redelivery and still
 * sends once; the listing (as the gateway calls it) shows only the shopper's own, newest first. Also: the
 * dead-letter desk is exported in the group kaola-user, for the gateway only.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0"})
@ActiveProfiles("sandbox")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
    }

    @Autowired MessagePublisher publisher;
    @Autowired SandboxNotificationSender sandbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void the_same_status_change_delivered_twice_gives_one_notification_and_one_send() {
        ListAppender<ILoggingEvent> logs = listen();
        OrderStatusChanged shipped = new OrderStatusChanged("N-IT-1", 9001, OrderStatus.SHIPPED, OrderStatus.CLEARED,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null);

        publisher.send(OrderStatusChanged.TOPIC, shipped.key(), shipped);
        publisher.send(OrderStatusChanged.TOPIC, shipped.key(), shipped);

        await(() -> sandbox.sentTo(9001).contains("N-IT-1:SHIPPED"), "the notification sent");
        await(() -> logs.list.stream().anyMatch(e -> e.getFormattedMessage().equals("notification N-IT-1:SHIPPED already recorded")),
                "the second delivery consumed");
        assertThat(sandbox.sentTo(9001)).containsExactly("N-IT-1:SHIPPED");
        assertThat(jdbc.queryForMap("SELECT COUNT(*) n, MAX(attempts) a, MAX(delivery) d FROM notification WHERE order_no = 'N-IT-1'"))
                .containsEntry("n", 1L).containsEntry("a", 1).containsEntry("d", "SENT");
    }

    @Test
    void a_failed_send_is_retried_by_redelivery_and_sends_once() {
        sandbox.failNext(1);
        OrderStatusChanged paid = new OrderStatusChanged("N-IT-2", 9002, OrderStatus.PAID, OrderStatus.PENDING_PAYMENT,
                Instant.now(), null);

        publisher.send(OrderStatusChanged.TOPIC, paid.key(), paid);

        await(() -> sandbox.sentTo(9002).contains("N-IT-2:PAID"), "the retried notification sent");
        assertThat(sandbox.sentTo(9002)).containsExactly("N-IT-2:PAID");
        assertThat(jdbc.queryForObject("SELECT attempts FROM notification WHERE order_no = 'N-IT-2'", Integer.class))
                .as("one failed attempt, then the send").isEqualTo(2);
    }

    @Test
    void a_shopper_lists_only_their_own_notifications_newest_first_through_the_gateway_plane() {
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        NotifyShopper direct = context.getBean(NotifyShopper.class);
        direct.on(new OrderStatusChanged("N-IT-3", 9003, OrderStatus.PAID, OrderStatus.PENDING_PAYMENT, t0, null));
        direct.on(new OrderStatusChanged("N-IT-3", 9003, OrderStatus.CUSTOMS_REJECTED, OrderStatus.DECLARING,
                t0.plusSeconds(60), "订购人身份信息不符 330106199003071234"));
        direct.on(new OrderStatusChanged("N-IT-4", 9004, OrderStatus.PAID, OrderStatus.PENDING_PAYMENT, t0, null));

        try (ServicePlaneClient gateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials())) {
            NotificationService notifications = gateway.reference(NotificationService.class,
                    ServicePlaneClient.providerAddress(context, NotificationService.class));
            Page<NotificationView> page = notifications.listNotifications(9003, new PageRequest(0, 10));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.items()).extracting(NotificationView::orderStatus).containsExactly("CUSTOMS_REJECTED", "PAID");
            NotificationView rejected = page.items().get(0);
            assertThat(rejected.orderNo()).isEqualTo("N-IT-3");
            assertThat(rejected.delivery()).isEqualTo("SENT");
            assertThat(rejected.title()).contains("Customs did not release");
            assertThat(rejected.text()).contains("full refund").contains("3301**********1234").doesNotContain("330106199003071234");
            assertThat(notifications.listNotifications(9003, new PageRequest(1, 1)).items())
                    .extracting(NotificationView::orderStatus).containsExactly("PAID");

            DeadLetterService desk = gateway.reference(DeadLetterService.class,
                    ServicePlaneClient.providerAddress(context, DeadLetterService.class), "kaola-user");
            assertThat(desk.list(DeadLetterFilter.any(), new PageRequest(0, 10)).total()).isZero();
        }
        try (ServicePlaneClient order = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials())) {
            NotificationService notifications = order.reference(NotificationService.class,
                    ServicePlaneClient.providerAddress(context, NotificationService.class));
            Throwable refused = catchThrowable(() -> notifications.listNotifications(9003, new PageRequest(0, 10)));
            assertThat(refused).isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.FORBIDDEN)).isTrue());
        }
    }

    private static ListAppender<ILoggingEvent> listen() {
        Logger logger = (Logger) LoggerFactory.getLogger(NotifyShopper.class);
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        return logs;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for: " + what);
            try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new AssertionError(e); }
        }
    }
}
