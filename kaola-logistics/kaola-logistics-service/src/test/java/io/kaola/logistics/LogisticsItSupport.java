package io.kaola.logistics;

import com.sun.net.httpserver.HttpServer;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.devinfra.TestInfra;
import io.kaola.logistics.api.CarrierPush;
import io.kaola.logistics.api.CarrierPushAck;
import io.kaola.logistics.api.ParcelStatusChanged;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.logistics.carrier.sandbox.SandboxJourneys;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * One Spring context for the ITs of kaola-logistics, sandbox profile on, against real MariaDB, embedded ZooKeeper
 * and RocketMQ; kaola-order and kaola-product stood in for by {@link StandInOrderService} and
 * {@link StandInCatalogService}; the gateway by a JDK HTTP server that decodes the sandbox carrier's form pushes and
 * hands them to CarrierCallbackService.acceptPush over Dubbo. An observer records waybill-created and
 * parcel-status-changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1",
        "dubbo.consumer.scope=remote",
        "kaola.logistics.sandbox.secret=it-carrier-secret",
        "kaola.logistics.sandbox.delay=100ms",
        "kaola.logistics.sandbox.first-retry-delay=200ms"})
@ActiveProfiles("sandbox")
abstract class LogisticsItSupport {
    static final Map<String, List<WaybillCreated>> WAYBILLS = new ConcurrentHashMap<>();
    /** parcel-status-changed by logisticsNo, with their message keys. */
    static final Map<String, List<String>> PARCEL_KEYS = new ConcurrentHashMap<>();
    static final Map<String, List<ParcelStatusChanged>> PARCEL_EVENTS = new ConcurrentHashMap<>();
    static final AtomicInteger GATEWAY_CALLS = new AtomicInteger();
    static final DefaultMQPushConsumer OBSERVER;
    static final HttpServer GATEWAY;
    static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile RemoteLogistics forwardTo;

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_logistics_it");
        OBSERVER = startObserver();
        GATEWAY = startGateway();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OBSERVER.shutdown();
            GATEWAY.stop(0);
        }));
    }

    @DynamicPropertySource
    static void callbackUrl(DynamicPropertyRegistry registry) {
        registry.add("kaola.logistics.sandbox.callback-url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/api/logistics/callbacks/sandbox");
    }

    @Autowired RemoteLogistics remote;
    @Autowired MessagePublisher mq;
    @Autowired SandboxJourneys journeys;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void connect() {
        forwardTo = remote;
        // the remote references learn of the providers through ZooKeeper a moment after the context starts
        await().atMost(Duration.ofSeconds(20)).ignoreException(org.apache.dubbo.rpc.RpcException.class)
                .until(() -> remote.tracking().getTracking(-1, "NO-SUCH-ORDER") != null);
    }

    /** @return a fresh order number whose last 4 digits are the buyer's shard, like kaola-order's */
    static String orderNo() { return "LT" + System.currentTimeMillis() + SEQUENCE.incrementAndGet(); }

    /** kaola-order's PAID event for an order the stand-ins know, with two lines of known weight. */
    String paidOrder(long buyerId) {
        String orderNo = orderNo();
        StandInCatalogService.weigh("SKU-" + orderNo + "-A", 250);
        StandInCatalogService.weigh("SKU-" + orderNo + "-B", 1200);
        StandInOrderService.put(orderNo, buyerId, Map.of("SKU-" + orderNo + "-A", 2, "SKU-" + orderNo + "-B", 1), 1500);
        OrderStatusChanged paid = new OrderStatusChanged(orderNo, buyerId, OrderStatus.PAID,
                OrderStatus.PENDING_PAYMENT, Instant.now(), null);
        mq.send(OrderStatusChanged.TOPIC, paid.key(), paid);
        return orderNo;
    }

    /** @return the order's waybill as published on waybill-created (waits for it) */
    WaybillCreated awaitWaybill(String orderNo) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !WAYBILLS.getOrDefault(orderNo, List.of()).isEmpty());
        return WAYBILLS.get(orderNo).get(0);
    }

    void customs(String orderNo, long buyerId, CustomsMilestone milestone, int returnStatus, Instant at) {
        customs(orderNo, buyerId, milestone, null, returnStatus, at);
    }

    void customs(String orderNo, long buyerId, CustomsMilestone milestone, io.kaola.customs.api.RejectionKind kind,
                 int returnStatus, Instant at) {
        CustomsStatusChanged change = new CustomsStatusChanged(orderNo, buyerId, milestone, kind, returnStatus,
                "[Code:" + returnStatus + ";Desc:test]", at);
        mq.send(CustomsStatusChanged.TOPIC, orderNo + ":" + milestone, change);
    }

    TrackingView tracking(long buyerId, String orderNo) { return remote.tracking().getTracking(buyerId, orderNo); }

    static List<String> parcelKeys(String logisticsNo) { return PARCEL_KEYS.getOrDefault(logisticsNo, List.of()); }

    private static DefaultMQPushConsumer startObserver() {
        try {
            DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("logistics-it-observer");
            consumer.setNamesrvAddr(TestInfra.nameServer());
            consumer.setInstanceName("logistics-it-observer");
            consumer.setPollNameServerInterval(1000);
            consumer.setHeartbeatBrokerInterval(1000);
            consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
            consumer.subscribe(WaybillCreated.TOPIC, "*");
            consumer.subscribe(ParcelStatusChanged.TOPIC, "*");
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
                for (MessageExt m : messages) {
                    try {
                        if (m.getTopic().equals(WaybillCreated.TOPIC)) {
                            WAYBILLS.computeIfAbsent(m.getKeys(), k -> new CopyOnWriteArrayList<>())
                                    .add(json.readValue(m.getBody(), WaybillCreated.class));
                        } else {
                            ParcelStatusChanged e = json.readValue(m.getBody(), ParcelStatusChanged.class);
                            PARCEL_KEYS.computeIfAbsent(e.logisticsNo(), k -> new CopyOnWriteArrayList<>()).add(m.getKeys());
                            PARCEL_EVENTS.computeIfAbsent(e.logisticsNo(), k -> new CopyOnWriteArrayList<>()).add(e);
                        }
                    } catch (IOException e) {
                        System.err.println("logistics-it-observer cannot read " + m.getTopic() + ": " + e);
                        return ConsumeConcurrentlyStatus.RECONSUME_LATER;
                    }
                }
                return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
            });
            consumer.start();
            return consumer;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gateway's callback, reduced to its job: the decoded form to acceptPush, its ack as the answer. */
    private static HttpServer startGateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/logistics/callbacks/sandbox", exchange -> {
                GATEWAY_CALLS.incrementAndGet();
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                int status;
                byte[] answer = new byte[0];
                try {
                    CarrierPushAck ack = forwardTo.callbacks().acceptPush(new CarrierPush("sandbox", decodeForm(body)));
                    answer = ack.body().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", ack.contentType());
                    status = 200;
                } catch (KaolaException e) {
                    status = e.kind().httpStatus();
                } catch (RuntimeException e) {
                    status = 500;
                }
                exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }
}
