package io.kaola.payment;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.charge.domain.HmacSha256;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.sandbox.SandboxNotifier;
import io.kaola.payment.sandbox.SandboxProvider;
import io.kaola.payment.sandbox.SandboxSecret;
import io.kaola.payment.sandbox.SandboxTransactionRow;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Spring context for the ITs of kaola-payment (same configuration, so Spring caches it), with the sandbox
 * profile on explicitly (the default is off), against real MariaDB, embedded ZooKeeper and RocketMQ; kaola-order
 * and kaola-user stood in for by {@link StandInOrderService}, {@link StandInIdentity} and {@link StandInQuota};
 * the gateway by a JDK HTTP server that hands the sandbox's notifications to PaymentService.acceptNotification (and
 * its refund notifications to acceptRefundNotification). The observer consumes payment-succeeded and refund-succeeded.
 * The infrastructure and the stand-in gateway start once per JVM and stop with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1",
        "dubbo.consumer.scope=remote",
        "kaola.payment.sandbox.first-retry-delay=200ms",
        "kaola.payment.sandbox.secret=it-shared-secret"})
@ActiveProfiles("sandbox")
abstract class PaymentItSupport {
    static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();
    /** refund-succeeded messages received, by key (refundNo). */
    static final Map<String, List<String>> REFUNDS_RECEIVED = new ConcurrentHashMap<>();
    static final List<NotificationResult> GATEWAY_REFUND_RESULTS = new CopyOnWriteArrayList<>();
    static final DefaultMQPushConsumer OBSERVER;
    static final HttpServer GATEWAY;
    static final List<NotificationResult> GATEWAY_RESULTS = new CopyOnWriteArrayList<>();
    static final List<String> GATEWAY_TXN_BODIES = new CopyOnWriteArrayList<>();
    static final AtomicInteger GATEWAY_REFUSALS_LEFT = new AtomicInteger();
    /** Everything logged while the tests run, to check that no secret is ever logged. */
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    private static volatile PaymentService forwardTo;
    /** Synthetic example A of GB 11643-1999 (docs/cross-border.md §3): someone who is not the buyer. */
    static final String OTHER_PAYER = "11010519491231002X";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        LOGS.setName("payment-it-capture");
        LOGS.start();
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_payment_it");
        TestInfra.createTopics(RefundSucceeded.TOPIC);
        OBSERVER = startObserver();
        GATEWAY = startGateway();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OBSERVER.shutdown();
            GATEWAY.stop(0);
        }));
    }

    @DynamicPropertySource
    static void notifyUrl(DynamicPropertyRegistry registry) {
        registry.add("kaola.payment.sandbox.notify-url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/api/payments/notify/sandbox");
        registry.add("kaola.payment.sandbox.refund-notify-url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/api/payments/refund-notify/sandbox");
    }

    @Autowired RemotePayments remote;
    @Autowired PaymentRepository repository;
    @Autowired SandboxSecret secret;
    @Autowired SandboxProvider sandbox;
    @Autowired ObjectMapper json;
    @Autowired javax.sql.DataSource dataSource;
    @LocalServerPort int port;

    PaymentService payments;

    @BeforeEach
    void connect() throws InterruptedException {
        payments = remote.service();
        forwardTo = payments;
        awaitProvider();
        // Spring Boot resets logback when a context starts: (re)attach after it did
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // (a reset also stops the appenders it detaches: a second context, after a @DirtiesContext, stopped this one)
        if (!LOGS.isStarted()) LOGS.start();
        if (root.getAppender(LOGS.getName()) == null) root.addAppender(LOGS);
    }

    /**
     * The remote reference learns of the provider through ZooKeeper a moment after the context starts: poll a
     * cheap call until it reaches the provider (a KaolaException is an answer), at most 20 s.
     */
    private void awaitProvider() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                payments.getPayment(-1, "NO-SUCH-PAYMENT");
                return;
            } catch (io.kaola.common.error.KaolaException answered) {
                return;
            } catch (org.apache.dubbo.rpc.RpcException noProviderYet) {
                if (System.nanoTime() > deadline) throw noProviderYet;
                Thread.sleep(100);
            }
        }
    }

    /** An order as kaola-order leaves it after placement: known to kaola-order, its annual quota reserved. */
    static void givenOrder(String orderNo, long buyerId, OrderStatus status, long totalFen) {
        StandInOrderService.put(orderNo, buyerId, status, totalFen);
        StandInQuota.reserved(buyerId, orderNo, totalFen);
    }

    ProviderNotification signed(String body) { return new ProviderNotification("sandbox", body, sign(body)); }

    String sign(String body) { return HmacSha256.signHex(secret.key(), body.getBytes(StandardCharsets.UTF_8)); }

    /** @return the sandbox's own record of the payment */
    SandboxTransactionRow sandboxRow(String paymentNo) { return sandbox.find(paymentNo).orElseThrow(); }

    /** The payer pays at the payment's confirmUrl (sent to this test's port), with a payer body. */
    HttpResponse<String> confirm(PaymentView payment, String payerName, String payerIdNumber) throws Exception {
        return confirmAt(payment.confirmUrl(), payerJson(payerName, payerIdNumber));
    }

    /** The buyer pays for their own payment. */
    HttpResponse<String> confirmAsBuyer(PaymentView payment) throws Exception {
        return confirm(payment, StandInIdentity.nameOf(payment.buyerId()), StandInIdentity.numberOf(payment.buyerId()));
    }

    /** POSTs {@code body} (JSON; null: no body) to {@code url}'s path and query on this test's port. */
    HttpResponse<String> confirmAt(String url, String body) throws Exception {
        URI uri = URI.create(url);
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return body == null ? http("POST", pathAndQuery) : postJson(pathAndQuery, body);
    }

    static String payerJson(String payerName, String payerIdNumber) {
        return "{\"payerName\":\"" + payerName + "\",\"payerIdNumber\":\"" + payerIdNumber + "\"}";
    }

    HttpResponse<String> http(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** @return every logged line so far (formatted), for secrets that must never appear */
    static String loggedText() {
        synchronized (LOGS) {
            StringBuilder text = new StringBuilder();
            for (ILoggingEvent e : List.copyOf(LOGS.list)) text.append(e.getFormattedMessage()).append('\n');
            return text.toString();
        }
    }

    static List<String> messagesFor(String paymentNo) { return RECEIVED.getOrDefault(paymentNo, List.of()); }

    static List<NotificationResult> resultsFor(String paymentNo) {
        return GATEWAY_RESULTS.stream().filter(r -> r.paymentNo().equals(paymentNo)).toList();
    }

    private static DefaultMQPushConsumer startObserver() {
        try {
            DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("payment-it-observer");
            consumer.setNamesrvAddr(TestInfra.nameServer());
            consumer.setInstanceName("payment-it-observer");
            consumer.setPollNameServerInterval(1000);
            consumer.setHeartbeatBrokerInterval(1000);
            consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
            consumer.subscribe(PaymentSucceeded.TOPIC, "*");
            consumer.subscribe(RefundSucceeded.TOPIC, "*");
            consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
                for (MessageExt m : messages) {
                    Map<String, List<String>> by = RefundSucceeded.TOPIC.equals(m.getTopic()) ? REFUNDS_RECEIVED : RECEIVED;
                    by.computeIfAbsent(m.getKeys(), k -> new CopyOnWriteArrayList<>())
                            .add(new String(m.getBody(), StandardCharsets.UTF_8));
                }
                return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
            });
            consumer.start();
            return consumer;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gateway's notify endpoint, reduced to its job: body + signature header to acceptNotification. */
    private static HttpServer startGateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/payments/notify/sandbox", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                int status;
                if (GATEWAY_REFUSALS_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 503;
                } else {
                    try {
                        String signature = exchange.getRequestHeaders().getFirst(SandboxNotifier.SIGNATURE_HEADER);
                        GATEWAY_TXN_BODIES.add(body);
                        GATEWAY_RESULTS.add(forwardTo.acceptNotification(new ProviderNotification("sandbox", body, signature)));
                        status = 200;
                    } catch (KaolaException e) {
                        status = e.kind().httpStatus();
                    } catch (RuntimeException e) {
                        status = 500;
                    }
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.createContext("/api/payments/refund-notify/sandbox", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                int status;
                try {
                    String signature = exchange.getRequestHeaders().getFirst(SandboxNotifier.SIGNATURE_HEADER);
                    GATEWAY_REFUND_RESULTS.add(forwardTo.acceptRefundNotification(
                            new ProviderNotification("sandbox", body, signature)));
                    status = 200;
                } catch (KaolaException e) {
                    status = e.kind().httpStatus();
                } catch (RuntimeException e) {
                    status = 500;
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
