package io.kaola.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.payment.application.RecordPaymentOutcome;
import io.kaola.payment.payment.domain.PaymentTransition;
import io.kaola.payment.payment.domain.HmacSha256;
import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.infrastructure.CommitOutcomeUnknownException;
import io.kaola.payment.payment.infrastructure.NotificationParser;
import io.kaola.payment.payment.infrastructure.PaymentRepository;
import io.kaola.payment.payment.infrastructure.PaymentSucceededTransactionListener;
import io.kaola.payment.payment.infrastructure.PaymentSucceededTransactions;
import io.kaola.payment.payment.infrastructure.ProviderKeys;
import io.kaola.payment.sandbox.SandboxNotification;
import io.kaola.payment.sandbox.SandboxNotifier;
import io.kaola.user.api.UserError;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * kaola-payment against real MariaDB, embedded ZooKeeper and RocketMQ; kaola-order stood in for by
 * {@link StandInOrderService}; the gateway stood in for by a JDK HTTP server that hands the sandbox's
 * notifications to PaymentService.acceptNotification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1",
        "dubbo.consumer.scope=remote",
        "kaola.payment.sandbox.first-retry-delay=200ms",
        "kaola.payment.sandbox.secret=it-shared-secret"})
class PaymentNotificationIT {
    private static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();
    private static final DefaultMQPushConsumer OBSERVER;
    private static final HttpServer GATEWAY;
    private static final List<NotificationResult> GATEWAY_RESULTS = new CopyOnWriteArrayList<>();
    private static final List<String> GATEWAY_TXN_BODIES = new CopyOnWriteArrayList<>();
    private static final AtomicInteger GATEWAY_REFUSALS_LEFT = new AtomicInteger();
    private static volatile PaymentService forwardTo;
    /** Synthetic example A of GB 11643-1999 (docs/cross-border.md §3): someone who is not the buyer. */
    private static final String OTHER_PAYER = "11010519491231002X";

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_payment_it");
        OBSERVER = startObserver();
        GATEWAY = startGateway();
    }

    @DynamicPropertySource
    static void notifyUrl(DynamicPropertyRegistry registry) {
        registry.add("kaola.payment.sandbox.notify-url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/api/payments/notify/sandbox");
    }

    @Autowired RemotePayments remote;
    @Autowired PaymentRepository repository;
    @Autowired PaymentSucceededTransactionListener transactionListener;
    @Autowired ProviderKeys keys;
    @Autowired PaymentSucceededTransactions transactions;
    @Autowired RecordPaymentOutcome outcomes;
    @Autowired ObjectMapper json;
    @Autowired javax.sql.DataSource dataSource;
    @LocalServerPort int port;

    private PaymentService payments;

    @BeforeEach
    void connect() {
        payments = remote.service();
        forwardTo = payments;
    }

    @AfterAll
    static void stop() {
        OBSERVER.shutdown();
        GATEWAY.stop(0);
    }

    @Test
    void creating_a_payment_twice_for_one_order_returns_the_same_pending_payment_for_the_order_total() throws Exception {
        givenOrder("IT1001A", 1001, OrderStatus.PENDING_PAYMENT, 12_345);

        PaymentView first = payments.createPayment(new CreatePaymentRequest(1001, "IT1001A"));
        PaymentView second = payments.createPayment(new CreatePaymentRequest(1001, "IT1001A"));

        assertThat(second.paymentNo()).isEqualTo(first.paymentNo());
        assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(first.amount()).isEqualTo(Money.cny(12_345));
        assertThat(first.provider()).isEqualTo("sandbox");
        assertThat(first.payUrl()).isEqualTo("http://127.0.0.1:18086/sandbox/cashier/" + first.paymentNo());
        assertThat(payments.getPayment(1001, first.paymentNo())).isEqualTo(first);
        assertThat(http("GET", "/sandbox/cashier/" + first.paymentNo()).body())
                .contains("\"amountMinor\":12345", "\"merchantOrderNo\":\"IT1001A\"", "\"status\":\"OPEN\"");
    }

    @Test
    void another_buyers_payment_is_not_found() {
        givenOrder("IT1002A", 1002, OrderStatus.PENDING_PAYMENT, 500);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1002, "IT1002A"));

        assertThatThrownBy(() -> payments.getPayment(1003, payment.paymentNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.NOT_FOUND)).isTrue());
    }

    @Test
    void an_order_that_is_not_pending_payment_cannot_be_paid_and_an_unknown_one_is_not_found() {
        givenOrder("IT1004A", 1004, OrderStatus.CLOSED, 700);

        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1004, "IT1004A")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.ORDER_NOT_PAYABLE)).isTrue());
        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1004, "IT1004-NONE")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
    }

    @Test
    void a_signed_notification_makes_the_payment_succeed_and_publishes_one_message_even_when_repeated() throws Exception {
        givenOrder("IT1005A", 1005, OrderStatus.PENDING_PAYMENT, 9_900);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1005, "IT1005A"));
        String body = SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-1005", 9_900, "CNY",
                Instant.parse("2025-03-01T08:01:02.345Z"));

        NotificationResult first = payments.acceptNotification(signed(body));

        assertThat(first).isEqualTo(new NotificationResult(payment.paymentNo(), false, PaymentStatus.SUCCEEDED));
        PaymentView succeeded = payments.getPayment(1005, payment.paymentNo());
        assertThat(succeeded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(succeeded.succeededAt()).isEqualTo(Instant.parse("2025-03-01T08:01:02.345Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesFor(payment.paymentNo()).size() == 1);
        PaymentSucceeded event = json.readValue(messagesFor(payment.paymentNo()).get(0), PaymentSucceeded.class);
        assertThat(event).isEqualTo(new PaymentSucceeded(payment.paymentNo(), "IT1005A", 1005, Money.cny(9_900),
                "SBX-IT-1005", Instant.parse("2025-03-01T08:01:02.345Z")));

        NotificationResult again = payments.acceptNotification(signed(body));

        assertThat(again).isEqualTo(new NotificationResult(payment.paymentNo(), true, PaymentStatus.SUCCEEDED));
        assertThat(repository.countNotifications(payment.paymentNo())).isEqualTo(1);
        Thread.sleep(3_000);   // a second message, if any, would have arrived by now (the first took < 2 s)
        assertThat(messagesFor(payment.paymentNo())).hasSize(1);
    }

    @Test
    void a_forged_signature_is_refused_and_nothing_is_recorded() {
        givenOrder("IT1006A", 1006, OrderStatus.PENDING_PAYMENT, 1_000);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1006, "IT1006A"));
        String body = SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-1006", 1_000, "CNY", Instant.now());
        String forged = HmacSha256.signHex("not-the-secret".getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> payments.acceptNotification(new ProviderNotification("sandbox", body, forged)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.BAD_SIGNATURE)).isTrue());
        assertThatThrownBy(() -> payments.acceptNotification(new ProviderNotification("sandbox", body + " ", sign(body))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.BAD_SIGNATURE)).isTrue());

        assertThat(payments.getPayment(1006, payment.paymentNo()).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(repository.countNotifications(payment.paymentNo())).isZero();
    }

    @Test
    void a_signed_notification_for_another_amount_is_refused_and_nothing_is_recorded() {
        givenOrder("IT1007A", 1007, OrderStatus.PENDING_PAYMENT, 2_000);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1007, "IT1007A"));
        String cheaper = SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-1007", 1_999, "CNY", Instant.now());
        String inDollars = SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-1007", 2_000, "USD", Instant.now());

        for (String body : List.of(cheaper, inDollars)) {
            assertThatThrownBy(() -> payments.acceptNotification(signed(body)))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(PaymentError.AMOUNT_MISMATCH)).isTrue());
        }
        assertThat(payments.getPayment(1007, payment.paymentNo()).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(repository.countNotifications(payment.paymentNo())).isZero();
    }

    @Test
    void a_notification_for_an_unknown_payment_or_in_a_bad_format_is_refused() {
        String unknown = SandboxNotification.bodyOf("404404404", "SBX-IT-404", 100, "CNY", Instant.now());

        assertThatThrownBy(() -> payments.acceptNotification(signed(unknown)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.NOT_FOUND)).isTrue());
        assertThatThrownBy(() -> payments.acceptNotification(signed("{\"paymentNo\":\"1\"}")))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(PaymentError.MALFORMED_NOTIFICATION)).isTrue());
    }

    @Test
    void the_check_back_commits_a_succeeded_payment_and_rolls_back_an_unknown_one_once_old() {
        givenOrder("IT1008A", 1008, OrderStatus.PENDING_PAYMENT, 3_000);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1008, "IT1008A"));
        payments.acceptNotification(signed(SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-1008", 3_000, "CNY",
                Instant.now())));
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;

        assertThat(transactionListener.checkLocalTransaction(halfMessage(payment.paymentNo(), "SBX-IT-1008", twoMinutesAgo)))
                .isEqualTo(LocalTransactionState.COMMIT_MESSAGE);
        assertThat(transactionListener.checkLocalTransaction(halfMessage(payment.paymentNo(), "SBX-OTHER", twoMinutesAgo)))
                .isEqualTo(LocalTransactionState.ROLLBACK_MESSAGE);
        assertThat(transactionListener.checkLocalTransaction(halfMessage("404404405", "SBX-IT-405", twoMinutesAgo)))
                .isEqualTo(LocalTransactionState.ROLLBACK_MESSAGE);
        assertThat(transactionListener.checkLocalTransaction(halfMessage("404404405", "SBX-IT-405", System.currentTimeMillis())))
                .isEqualTo(LocalTransactionState.UNKNOW);
    }

    @Test
    void when_the_commit_outcome_is_lost_the_broker_checks_back_and_delivers_the_message_of_the_committed_payment() {
        givenOrder("IT1012A", 1012, OrderStatus.PENDING_PAYMENT, 6_600);
        PaymentView view = payments.createPayment(new CreatePaymentRequest(1012, "IT1012A"));
        PaymentOrder before = repository.find(view.paymentNo()).orElseThrow();
        String body = SandboxNotification.bodyOf(view.paymentNo(), "SBX-IT-1012", 6_600, "CNY", Instant.now());
        PaymentOrder after = before.succeed(new NotificationParser().parse(body));
        PaymentSucceeded event = new PaymentSucceeded(after.paymentNo(), after.orderNo(), after.buyerId(), after.amount(),
                after.providerTxnId(), after.succeededAt());

        // the crash window: the database committed, but the producer never told the broker
        assertThatThrownBy(() -> transactions.send(event, () -> {
            outcomes.record(PaymentTransition.SUCCEED, before, after, "sandbox", body);
            throw new CommitOutcomeUnknownException("simulated: connection lost during COMMIT", null);
        })).isInstanceOf(CommitOutcomeUnknownException.class);

        assertThat(payments.getPayment(1012, view.paymentNo()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesFor(view.paymentNo()).size() == 1);
    }

    @Test
    void when_the_local_transaction_fails_the_message_is_rolled_back_and_nothing_is_recorded() throws Exception {
        givenOrder("IT1013A", 1013, OrderStatus.PENDING_PAYMENT, 7_700);
        PaymentView view = payments.createPayment(new CreatePaymentRequest(1013, "IT1013A"));
        PaymentOrder before = repository.find(view.paymentNo()).orElseThrow();
        String body = SandboxNotification.bodyOf(view.paymentNo(), "SBX-IT-1013", 7_700, "CNY", Instant.now());
        PaymentOrder after = before.succeed(new NotificationParser().parse(body));
        PaymentSucceeded event = new PaymentSucceeded(after.paymentNo(), after.orderNo(), after.buyerId(), after.amount(),
                after.providerTxnId(), after.succeededAt());

        assertThatThrownBy(() -> transactions.send(event, () -> {
            throw new IllegalStateException("simulated: database down before the insert");
        })).hasMessage("simulated: database down before the insert");

        assertThat(payments.getPayment(1013, view.paymentNo()).status()).isEqualTo(PaymentStatus.PENDING);
        Thread.sleep(3_000);
        assertThat(messagesFor(view.paymentNo())).isEmpty();
    }

    @Test
    void a_pending_payment_is_asked_about_again_while_young_and_rolled_back_once_old() {
        givenOrder("IT1009A", 1009, OrderStatus.PENDING_PAYMENT, 4_000);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1009, "IT1009A"));

        assertThat(transactionListener.checkLocalTransaction(halfMessage(payment.paymentNo(), "SBX-IT-1009",
                System.currentTimeMillis() - 1_000))).isEqualTo(LocalTransactionState.UNKNOW);
        assertThat(transactionListener.checkLocalTransaction(halfMessage(payment.paymentNo(), "SBX-IT-1009",
                System.currentTimeMillis() - 61_000))).isEqualTo(LocalTransactionState.ROLLBACK_MESSAGE);
    }

    @Test
    void confirming_at_the_sandbox_cashier_notifies_the_gateway_until_accepted_and_the_payment_succeeds() throws Exception {
        givenOrder("IT1010A", 1010, OrderStatus.PENDING_PAYMENT, 25_800);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1010, "IT1010A"));
        GATEWAY_REFUSALS_LEFT.set(1);   // the gateway is down for the first attempt: the sandbox must retry

        HttpResponse<String> confirmed = http("POST", "/sandbox/cashier/" + payment.paymentNo() + "/confirm");

        assertThat(confirmed.statusCode()).isEqualTo(202);
        Map<?, ?> receipt = json.readValue(confirmed.body(), Map.class);
        String providerTxnId = (String) receipt.get("providerTxnId");
        assertThat(providerTxnId).startsWith("SBX");
        assertThat(receipt.get("status")).isEqualTo("PAID");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(1010, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        assertThat(GATEWAY_REFUSALS_LEFT.get()).isZero();
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesFor(payment.paymentNo()).size() == 1);

        assertThat(http("POST", "/sandbox/cashier/" + payment.paymentNo() + "/notify-again").statusCode()).isEqualTo(202);
        assertThat(http("POST", "/sandbox/cashier/" + payment.paymentNo() + "/confirm").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(() -> resultsFor(payment.paymentNo()).size() == 3);
        assertThat(resultsFor(payment.paymentNo())).extracting(NotificationResult::duplicate)
                .containsExactly(false, true, true);
        assertThat(GATEWAY_TXN_BODIES).filteredOn(b -> b.contains(payment.paymentNo()))
                .allMatch(b -> b.contains("\"providerTxnId\":\"" + providerTxnId + "\""));
        assertThat(payments.getPayment(1010, payment.paymentNo()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(messagesFor(payment.paymentNo())).hasSize(1);
    }

    @Test
    void the_sandbox_cashier_answers_404_for_a_payment_it_never_opened_and_409_for_an_unpaid_resend() throws Exception {
        givenOrder("IT1011A", 1011, OrderStatus.PENDING_PAYMENT, 100);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1011, "IT1011A"));

        assertThat(http("GET", "/sandbox/cashier/404404406").statusCode()).isEqualTo(404);
        assertThat(http("POST", "/sandbox/cashier/404404406/confirm").statusCode()).isEqualTo(404);
        assertThat(http("POST", "/sandbox/cashier/" + payment.paymentNo() + "/notify-again").statusCode()).isEqualTo(409);
    }

    /** An order as kaola-order leaves it after placement: known to kaola-order, its annual quota reserved. */
    private static void givenOrder(String orderNo, long buyerId, OrderStatus status, long totalFen) {
        StandInOrderService.put(orderNo, buyerId, status, totalFen);
        StandInQuota.reserved(buyerId, orderNo, totalFen);
    }

    @Test
    void a_payment_by_someone_other_than_the_buyer_fails_sends_no_message_and_the_order_can_be_paid_again() throws Exception {
        givenOrder("IT1014A", 1014, OrderStatus.PENDING_PAYMENT, 8_800);
        PaymentView first = payments.createPayment(new CreatePaymentRequest(1014, "IT1014A"));

        HttpResponse<String> confirmed = postJson("/sandbox/cashier/" + first.paymentNo() + "/confirm",
                "{\"payerName\":\"李四\",\"payerIdNumber\":\"" + OTHER_PAYER + "\"}");

        assertThat(confirmed.statusCode()).isEqualTo(202);
        assertThat(confirmed.body()).contains("\"certCheckResult\":\"DIFFERENT\"", "\"payerIdMasked\":\"1101**********002X\"");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(1014, first.paymentNo()).status() == PaymentStatus.FAILED);
        PaymentView failed = payments.getPayment(1014, first.paymentNo());
        assertThat(failed.failureCode()).isEqualTo("CROSSBORDER_PAYER_NOT_BUYER");
        assertThat(failed.succeededAt()).isNull();
        assertThat(resultsFor(first.paymentNo()))
                .containsExactly(new NotificationResult(first.paymentNo(), false, PaymentStatus.FAILED));
        assertThat(GATEWAY_TXN_BODIES).filteredOn(b -> b.contains(first.paymentNo())).singleElement().asString()
                .contains("\"certCheckResult\":\"DIFFERENT\"", "\"payerIdMasked\":\"1101**********002X\"")
                .doesNotContain(OTHER_PAYER);
        assertThat(repository.countNotifications(first.paymentNo())).isEqualTo(1);

        // a repeat of the same notification changes nothing
        assertThat(http("POST", "/sandbox/cashier/" + first.paymentNo() + "/notify-again").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> resultsFor(first.paymentNo()).size() == 2);
        assertThat(resultsFor(first.paymentNo()).get(1))
                .isEqualTo(new NotificationResult(first.paymentNo(), true, PaymentStatus.FAILED));

        // the order is still unpaid: the buyer pays with a new payment
        PaymentView second = payments.createPayment(new CreatePaymentRequest(1014, "IT1014A"));
        assertThat(second.paymentNo()).isNotEqualTo(first.paymentNo());
        assertThat(second.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.createPayment(new CreatePaymentRequest(1014, "IT1014A")).paymentNo()).isEqualTo(second.paymentNo());
        assertThat(http("POST", "/sandbox/cashier/" + second.paymentNo() + "/confirm").body())
                .contains("\"certCheckResult\":\"SAME\"", "\"payerIdMasked\":\"1101**********1014\"");
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesFor(second.paymentNo()).size() == 1);
        assertThat(payments.getPayment(1014, second.paymentNo()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(messagesFor(first.paymentNo())).as("no PaymentSucceeded for the failed payment").isEmpty();
        assertThat(repository.findAllByOrderNo("IT1014A")).extracting(PaymentOrder::status)
                .containsExactly(PaymentStatus.FAILED, PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1014, "IT1014A")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.ORDER_NOT_PAYABLE)).isTrue());
    }

    @Test
    void the_buyer_naming_themself_as_payer_is_the_same_person_whatever_the_case_of_x() throws Exception {
        givenOrder("IT1015A", 1015, OrderStatus.PENDING_PAYMENT, 1_500);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(1015, "IT1015A"));

        HttpResponse<String> confirmed = postJson("/sandbox/cashier/" + payment.paymentNo() + "/confirm",
                "{\"payerName\":\" " + StandInIdentity.nameOf(1015) + "\",\"payerIdNumber\":\""
                        + StandInIdentity.numberOf(1015).toLowerCase() + "\"}");

        assertThat(confirmed.body()).contains("\"certCheckResult\":\"SAME\"");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(1015, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        assertThat(postJson("/sandbox/cashier/" + payment.paymentNo() + "/confirm", "{\"payerName\":\"李四\"}").statusCode())
                .as("half a payer").isEqualTo(400);
    }

    @Test
    void the_quota_is_checked_again_at_payment_and_a_released_reservation_refuses_it() {
        givenOrder("IT1016A", 1016, OrderStatus.PENDING_PAYMENT, 2_500);
        StandInQuota.releaseReservation("IT1016A");   // e.g. the order was cancelled meanwhile

        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1016, "IT1016A")))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue());
        assertThat(repository.findAllByOrderNo("IT1016A")).isEmpty();

        givenOrder("IT1016B", 1016, OrderStatus.PENDING_PAYMENT, 2_600);
        PaymentView pending = payments.createPayment(new CreatePaymentRequest(1016, "IT1016B"));
        StandInQuota.releaseReservation("IT1016B");

        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1016, "IT1016B")))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(UserError.QUOTA_RESERVATION_NOT_FOUND)).isTrue());
        assertThat(payments.getPayment(1016, pending.paymentNo()).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_buyer_without_a_verified_identity_cannot_open_a_payment() {
        givenOrder("IT1017A", 1017, OrderStatus.PENDING_PAYMENT, 2_700);
        StandInIdentity.unverify(1017);

        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(1017, "IT1017A")))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(CrossBorderError.BUYER_NOT_VERIFIED)).isTrue());
        assertThat(repository.findAllByOrderNo("IT1017A")).isEmpty();
    }

    @Test
    void no_table_of_kaola_payment_ever_holds_a_full_identity_number_or_a_payers_name() throws Exception {
        givenOrder("IT1018A", 1018, OrderStatus.PENDING_PAYMENT, 1_800);
        givenOrder("IT1018B", 1018, OrderStatus.PENDING_PAYMENT, 1_900);
        PaymentView byAnother = payments.createPayment(new CreatePaymentRequest(1018, "IT1018A"));
        PaymentView byBuyer = payments.createPayment(new CreatePaymentRequest(1018, "IT1018B"));
        postJson("/sandbox/cashier/" + byAnother.paymentNo() + "/confirm",
                "{\"payerName\":\"王五\",\"payerIdNumber\":\"" + OTHER_PAYER + "\"}");
        postJson("/sandbox/cashier/" + byBuyer.paymentNo() + "/confirm",
                "{\"payerName\":\"" + StandInIdentity.nameOf(1018) + "\",\"payerIdNumber\":\"" + StandInIdentity.numberOf(1018) + "\"}");
        await().atMost(Duration.ofSeconds(15)).until(() ->
                payments.getPayment(1018, byAnother.paymentNo()).status() == PaymentStatus.FAILED
                && payments.getPayment(1018, byBuyer.paymentNo()).status() == PaymentStatus.SUCCEEDED);

        List<String> cells = new java.util.ArrayList<>();
        try (var c = dataSource.getConnection();
             var tables = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) names.add(tables.getString(1));
            for (String table : names) {
                try (var rs = c.createStatement().executeQuery("SELECT * FROM `" + table + "`")) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) cells.add(rs.getString(i));
                    }
                }
            }
        }
        assertThat(cells).as("every cell of every table").isNotEmpty()
                .noneMatch(v -> v != null && (v.contains(OTHER_PAYER) || v.contains(StandInIdentity.numberOf(1018))
                        || v.contains("王五") || v.contains(StandInIdentity.nameOf(1018))));
        assertThat(cells).contains("1101**********1018", "1101**********002X");  // masked only
    }

    private ProviderNotification signed(String body) { return new ProviderNotification("sandbox", body, sign(body)); }

    private String sign(String body) {
        return HmacSha256.signHex(keys.keyFor("sandbox").orElseThrow(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageExt halfMessage(String paymentNo, String providerTxnId, long bornAtMs) {
        MessageExt message = new MessageExt();
        message.setTopic(PaymentSucceeded.TOPIC);
        message.setKeys(paymentNo);
        message.putUserProperty(PaymentSucceededTransactionListener.PROVIDER_TXN_ID, providerTxnId);
        message.setBornTimestamp(bornAtMs);
        return message;
    }

    private HttpResponse<String> http(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> messagesFor(String paymentNo) { return RECEIVED.getOrDefault(paymentNo, List.of()); }

    private static List<NotificationResult> resultsFor(String paymentNo) {
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
            consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
                for (MessageExt m : messages) {
                    RECEIVED.computeIfAbsent(m.getKeys(), k -> new CopyOnWriteArrayList<>())
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
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
