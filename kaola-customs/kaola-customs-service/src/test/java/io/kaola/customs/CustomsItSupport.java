package io.kaola.customs;

import io.kaola.common.boot.mq.KaolaMessageListener;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.money.Money;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DocumentView;
import io.kaola.customs.declaration.application.DeclarationQueries;
import io.kaola.devinfra.TestInfra;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.payment.api.PaymentSucceeded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * One Spring context for the ITs of kaola-customs: real MariaDB, embedded ZooKeeper and RocketMQ, with the sandbox
 * single window on its own HTTP port (receipts with jitter and duplicates, seeded). kaola-order, -product and -user
 * are stood in for by test Dubbo providers ({@link StandInOrderService}, {@link StandInCatalog},
 * {@link StandInIdentity}); the inputs are published on their real topics with the app's MessagePublisher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "dubbo.protocol.port=-1",
        "kaola.customs.sandbox.delay=40ms",
        "kaola.customs.sandbox.chaos=true",
        "kaola.customs.sandbox.seed=42",
        "kaola.customs.relay-after=2s",
        "kaola.customs.relay-every=1s"})
@ActiveProfiles("sandbox")
@Import(CustomsItSupport.Config.class)
abstract class CustomsItSupport {
    static final int PORT = freePort();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000);
    static final AtomicInteger SEQ = new AtomicInteger();

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_customs_it");
    }

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("kaola.customs.single-window-url", () -> "http://127.0.0.1:" + PORT + "/sandbox/single-window");
    }

    @TestConfiguration
    static class Config {
        @Bean StatusHeard statusHeard() { return new StatusHeard(); }
    }

    /** Every CustomsStatusChanged with its key, as kaola-order and kaola-logistics would receive it. */
    static class StatusHeard implements KaolaMessageListener<CustomsStatusChanged> {
        final Queue<CustomsStatusChanged> heard = new ConcurrentLinkedQueue<>();
        final Queue<String> keys = new ConcurrentLinkedQueue<>();
        @Override public String topic() { return CustomsStatusChanged.TOPIC; }
        @Override public String consumerGroup() { return "customs-it-hears-status"; }
        @Override public Class<CustomsStatusChanged> payloadType() { return CustomsStatusChanged.class; }
        @Override public void onMessage(CustomsStatusChanged payload, String key) {
            heard.add(payload);
            keys.add(key);
        }

        List<CustomsStatusChanged> of(String orderNo, CustomsMilestone m) {
            return heard.stream().filter(e -> e.orderNo().equals(orderNo) && e.milestone() == m).toList();
        }

        List<CustomsMilestone> milestones(String orderNo) {
            return heard.stream().filter(e -> e.orderNo().equals(orderNo)).map(CustomsStatusChanged::milestone).toList();
        }

        List<String> keysOf(String orderNo) {
            return keys.stream().filter(k -> k.startsWith(orderNo + ":")).toList();
        }
    }

    @Autowired MessagePublisher publisher;
    @Autowired DeclarationQueries queries;
    @Autowired StatusHeard status;

    void inputsInReverseOrder(String orderNo, long buyerId, String sku) {
        long paid = StandInOrderService.paid(orderNo, buyerId, sku, 2, 9900);
        waybill(orderNo, buyerId);
        payment(orderNo, buyerId, paid);
        orderPaid(orderNo, buyerId);
    }

    void waybill(String orderNo, long buyerId) {
        var a = StandInOrderService.ADDRESS;
        send(WaybillCreated.TOPIC, orderNo, new WaybillCreated(orderNo, buyerId, "3301980001", "示例快递",
                "SF" + orderNo, a.consignee(), a.phone(), a.province() + " " + a.city() + " " + a.district() + " "
                + a.detail(), Money.cny(2000), 400, "HZ-BONDED-1", Instant.now()));
    }

    void payment(String orderNo, long buyerId, long paidFen) {
        send(PaymentSucceeded.TOPIC, "PAY-" + orderNo, new PaymentSucceeded("PAY-" + orderNo, orderNo,
                buyerId, Money.cny(paidFen), "TXN-" + orderNo, Instant.now()));
    }

    void orderPaid(String orderNo, long buyerId) {
        OrderStatusChanged event = new OrderStatusChanged(orderNo, buyerId, OrderStatus.PAID, OrderStatus.PENDING_PAYMENT,
                Instant.now(), null);
        send(OrderStatusChanged.TOPIC, event.key(), event);
    }

    void awaitStatus(String orderNo, DeclarationStatus expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> statusOf(orderNo),
                s -> s == expected);
    }

    /** @return the declaration's status, null when there is none */
    DeclarationStatus statusOf(String orderNo) {
        try {
            return queries.get(orderNo).status();
        } catch (io.kaola.common.error.KaolaException notYet) {
            return null;
        }
    }

    DocumentView document(String orderNo, CustomsDocument document) {
        return queries.get(orderNo).documents().stream().filter(d -> d.document() == document)
                .findFirst().orElse(null);
    }

    DocumentView inventory(String orderNo) { return document(orderNo, CustomsDocument.INVENTORY); }

    void publish(CustomsReceiptReceived r) { send(CustomsReceiptReceived.TOPIC, r.key(), r); }

    /** Sends, polling while the fresh embedded broker has no route for a topic yet (auto-created on first use). */
    void send(String topic, String key, Object payload) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            publisher.send(topic, key, payload);
            return true;
        });
    }

    static CustomsReceiptReceived receipt(String orderNo, String guid, int status, String info, Instant at) {
        return receipt(orderNo, CustomsDocument.INVENTORY, guid, status, info, at);
    }

    static CustomsReceiptReceived receipt(String orderNo, CustomsDocument document, String guid, int status,
                                          String info, Instant at) {
        return new CustomsReceiptReceived(orderNo, document, guid, status, info, at,
                "<ceb:" + document.receiptType() + "Message/>");
    }

    static String orderNo() { return "KIT" + RUN + String.format("%03d", SEQ.incrementAndGet()); }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
