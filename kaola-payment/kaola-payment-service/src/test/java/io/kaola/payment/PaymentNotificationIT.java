package io.kaola.payment;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.charge.application.PaymentSucceededPublisher;
import io.kaola.payment.charge.application.RecordPaymentOutcome;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;
import io.kaola.payment.charge.domain.HmacSha256;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.infrastructure.PaymentSucceededTransactionListener;
import io.kaola.payment.sandbox.SandboxNotification;
import io.kaola.payment.sandbox.SandboxNotificationParser;
import io.kaola.user.api.UserError;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Payments and notifications: creating, verifying, recording and announcing (PaymentSucceeded), the payer check,
 * the quota check, and that nothing personal is stored. The cashier's token rules: {@link SandboxCashierIT}; closing
 * and refunds due: {@link ClosePaymentsIT}.
 */
class PaymentNotificationIT extends PaymentItSupport {
    @Autowired PaymentSucceededTransactionListener transactionListener;
    @Autowired PaymentSucceededPublisher transactions;
    @Autowired RecordPaymentOutcome outcomes;

    @Test
    void creating_a_payment_twice_for_one_order_returns_the_same_pending_payment_for_the_order_total() throws Exception {
        givenOrder("IT1001A", 1001, OrderStatus.PENDING_PAYMENT, 12_345);

        PaymentView first = payments.createPayment(new CreatePaymentRequest(1001, "IT1001A"));
        PaymentView second = payments.createPayment(new CreatePaymentRequest(1001, "IT1001A"));

        assertThat(second.paymentNo()).isEqualTo(first.paymentNo());
        assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(first.amount()).isEqualTo(Money.cny(12_345));
        assertThat(first.provider()).isEqualTo("sandbox");
        assertThat(first.paymentNo()).as("snowflake digits + 10 random digits").matches("[0-9]{20,29}");
        assertThat(first.payUrl()).isEqualTo("http://127.0.0.1:18086/sandbox/cashier/" + first.paymentNo());
        assertThat(first.confirmUrl()).matches(java.util.regex.Pattern.quote(first.payUrl()) + "/confirm\\?token=[A-Za-z0-9_-]{43}");
        assertThat(second.confirmUrl()).as("a fresh token each time").isNotEqualTo(first.confirmUrl())
                .startsWith(first.payUrl() + "/confirm?token=");
        assertThat(second.toString()).doesNotContain(second.confirmUrl());
        PaymentView read = payments.getPayment(1001, first.paymentNo());
        assertThat(read.confirmUrl()).as("only createPayment hands out the token").isNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("confirmUrl").isEqualTo(first);
        String cashier = http("GET", "/sandbox/cashier/" + first.paymentNo()).body();
        assertThat(cashier).contains("\"amountMinor\":12345", "\"merchantOrderNo\":\"IT1001A\"", "\"status\":\"OPEN\"")
                .as("no identity data without the token").doesNotContain("1101**", "buyerIdMasked");
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
        PaymentOrder after = before.succeed(new SandboxNotificationParser().parse(body));
        PaymentSucceeded event = new PaymentSucceeded(after.paymentNo(), after.orderNo(), after.buyerId(), after.amount(),
                after.providerTxnId(), after.succeededAt());

        // the crash window: the database committed, but the producer never told the broker
        assertThatThrownBy(() -> transactions.send(event, () -> {
            outcomes.record(before, after, "sandbox", body);
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
        PaymentOrder after = before.succeed(new SandboxNotificationParser().parse(body));
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

        HttpResponse<String> confirmed = confirmAsBuyer(payment);

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
        assertThat(confirmAsBuyer(payment).statusCode()).as("the token was used").isEqualTo(403);

        await().atMost(Duration.ofSeconds(10)).until(() -> resultsFor(payment.paymentNo()).size() == 2);
        assertThat(resultsFor(payment.paymentNo())).extracting(NotificationResult::duplicate)
                .containsExactly(false, true);
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
        HttpResponse<String> unknown = postJson("/sandbox/cashier/404404406/confirm?token=" + "A".repeat(43),
                payerJson("李四", OTHER_PAYER));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"NOT_OPENED\"");
        assertThat(http("POST", "/sandbox/cashier/" + payment.paymentNo() + "/notify-again").statusCode()).isEqualTo(409);
    }

    @Test
    void a_payment_by_someone_other_than_the_buyer_fails_sends_no_message_and_the_order_can_be_paid_again() throws Exception {
        givenOrder("IT1014A", 1014, OrderStatus.PENDING_PAYMENT, 8_800);
        PaymentView first = payments.createPayment(new CreatePaymentRequest(1014, "IT1014A"));

        HttpResponse<String> confirmed = confirm(first, "李四", OTHER_PAYER);

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
        // the provider took the stranger's money: it is recorded as a refund due, for ops
        PaymentOrder refundDue = repository.find(first.paymentNo()).orElseThrow();
        assertThat(refundDue.refundDueReason()).isEqualTo(RefundDueReason.PAYER_NOT_BUYER);
        assertThat(refundDue.refundDueAt()).isNotNull();
        assertThat(payments.listRefundsDue(new PageRequest(0, 100)).items()).extracting(RefundDueView::paymentNo)
                .contains(first.paymentNo());

        // a repeat of the same notification changes nothing
        assertThat(http("POST", "/sandbox/cashier/" + first.paymentNo() + "/notify-again").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> resultsFor(first.paymentNo()).size() == 2);
        assertThat(resultsFor(first.paymentNo()).get(1))
                .isEqualTo(new NotificationResult(first.paymentNo(), true, PaymentStatus.FAILED));

        // the order is still unpaid: the buyer pays with a new payment
        PaymentView second = payments.createPayment(new CreatePaymentRequest(1014, "IT1014A"));
        assertThat(second.paymentNo()).isNotEqualTo(first.paymentNo());
        assertThat(second.status()).isEqualTo(PaymentStatus.PENDING);
        PaymentView again = payments.createPayment(new CreatePaymentRequest(1014, "IT1014A"));
        assertThat(again.paymentNo()).isEqualTo(second.paymentNo());
        assertThat(confirmAsBuyer(second).statusCode()).as("its token went stale with the repeat").isEqualTo(403);
        assertThat(confirmAsBuyer(again).body())
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

        HttpResponse<String> confirmed = confirm(payment, " " + StandInIdentity.nameOf(1015),
                StandInIdentity.numberOf(1015).toLowerCase());

        assertThat(confirmed.body()).contains("\"certCheckResult\":\"SAME\"");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(1015, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        assertThat(confirmAt(payment.confirmUrl(), "{\"payerName\":\"李四\"}").statusCode())
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
        assertThat(confirm(byAnother, "王五", OTHER_PAYER).statusCode()).isEqualTo(202);
        assertThat(confirmAsBuyer(byBuyer).statusCode()).isEqualTo(202);
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

    private static MessageExt halfMessage(String paymentNo, String providerTxnId, long bornAtMs) {
        MessageExt message = new MessageExt();
        message.setTopic(PaymentSucceeded.TOPIC);
        message.setKeys(paymentNo);
        message.putUserProperty(PaymentSucceededTransactionListener.PROVIDER_TXN_ID, providerTxnId);
        message.setBornTimestamp(bornAtMs);
        return message;
    }
}
