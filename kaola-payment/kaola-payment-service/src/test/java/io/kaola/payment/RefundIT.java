package io.kaola.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.api.RefundView;
import io.kaola.payment.charge.infrastructure.PaymentSucceededTransactionListener;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import io.kaola.payment.sandbox.SandboxRefundNotification;
import io.kaola.payment.sandbox.SandboxRefundRow;
import io.kaola.payment.sandbox.SandboxRefundStatus;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Refunds end to end against the sandbox provider, real MariaDB, ZooKeeper and RocketMQ: requestRefund called as
 * kaola-order over the service plane's mutual TLS (so @CallableBy is checked), the sandbox's signed refund
 * notification through the stand-in gateway, the refund-succeeded transactional message consumed, repeats and
 * forgeries changing nothing, the paid amount never exceeded (also by concurrent requests), refunds due refunded
 * automatically, the retry job, and the check-back.
 */
class RefundIT extends PaymentItSupport {
    /**
     * Made per test, once the context runs: a Dubbo framework model made before the application's would become
     * Dubbo's default model, which the application would then share.
     */
    private ServicePlaneClient asOrder;

    @Autowired RefundRepository refunds;
    @Autowired PaymentSucceededTransactionListener transactionListener;
    @Autowired ApplicationContext context;

    /** PaymentService as kaola-order calls it. */
    private PaymentService order;

    @BeforeEach
    void asKaolaOrder() {
        asOrder = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials());
        order = asOrder.reference(PaymentService.class, ServicePlaneClient.providerAddress(context, PaymentService.class));
    }

    @AfterEach
    void close() { asOrder.close(); }

    @Test
    void a_full_refund_is_pending_then_succeeds_by_the_sandboxs_notification_with_one_refund_succeeded_message()
            throws Exception {
        PaymentView payment = paid("IT5001A", 5001, 12_345);

        RefundView requested = order.requestRefund(new RefundRequest("IT5001A", Money.cny(12_345), "cancelled before"
                + " shipping", "cancel:IT5001A", List.of()));

        assertThat(requested.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(requested.refundNo()).startsWith("R").hasSizeLessThanOrEqualTo(32);
        assertThat(requested.paymentNo()).isEqualTo(payment.paymentNo());
        assertThat(requested.buyerId()).isEqualTo(5001);
        assertThat(requested.provider()).isEqualTo("sandbox");
        RefundView done = awaitRefund("IT5001A", requested.refundNo(), RefundStatus.SUCCEEDED);
        assertThat(done.providerRefundId()).startsWith("SBXR");
        assertThat(done.decidedAt()).isNotNull();
        assertThat(done.failureReason()).isNull();
        assertThat(sandbox.findRefund(requested.refundNo()).orElseThrow().status()).isEqualTo(SandboxRefundStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !refundMessages(requested.refundNo()).isEmpty());
        JsonNode message = json.readTree(refundMessages(requested.refundNo()).get(0));
        assertThat(message.path("refundNo").asText()).isEqualTo(requested.refundNo());
        assertThat(message.path("orderNo").asText()).isEqualTo("IT5001A");
        assertThat(message.path("idempotencyKey").asText()).isEqualTo("cancel:IT5001A");
        assertThat(message.at("/amount/minor").asLong()).isEqualTo(12_345);
        assertThat(payments.getPayment(5001, payment.paymentNo()).status()).as("the payment stays SUCCEEDED")
                .isEqualTo(PaymentStatus.SUCCEEDED);

        // the sandbox sends it again (as real providers do): recorded once, no second message
        HttpResponse<String> again = http("POST", "/sandbox/cashier/refunds/" + requested.refundNo() + "/notify-again");
        assertThat(again.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> GATEWAY_REFUND_RESULTS.stream()
                .filter(r -> r.paymentNo().equals(payment.paymentNo())).anyMatch(NotificationResult::duplicate));
        SandboxRefundRow atSandbox = sandbox.findRefund(requested.refundNo()).orElseThrow();
        String body = SandboxRefundNotification.bodyOf(atSandbox.refundNo(), atSandbox.paymentNo(),
                atSandbox.providerRefundId(), atSandbox.amountMinor(), atSandbox.currency(), "SUCCEEDED",
                atSandbox.refundedAt(), null);
        assertThat(payments.acceptRefundNotification(signed(body)))
                .isEqualTo(new NotificationResult(payment.paymentNo(), true, PaymentStatus.SUCCEEDED));
        assertThat(refunds.countNotifications(requested.refundNo())).isEqualTo(1);
        assertThat(order.refundsOfOrder("IT5001A")).singleElement().isEqualTo(done);

        // a forged one (wrong signature, or a FAILED outcome nobody signed) changes nothing
        String forged = SandboxRefundNotification.bodyOf(atSandbox.refundNo(), atSandbox.paymentNo(), "SBXR-FORGED",
                atSandbox.amountMinor(), "CNY", "FAILED", Instant.now(), "forged");
        assertThatThrownBy(() -> payments.acceptRefundNotification(
                new io.kaola.payment.api.ProviderNotification("sandbox", forged, "00" + sign(forged).substring(2))))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.BAD_SIGNATURE)).isTrue());
        assertThatThrownBy(() -> payments.acceptRefundNotification(
                new io.kaola.payment.api.ProviderNotification("sandbox", forged, (String) null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.BAD_SIGNATURE)).isTrue());
        assertThat(order.refundsOfOrder("IT5001A")).singleElement().isEqualTo(done);
        assertThat(refunds.countNotifications(requested.refundNo())).isEqualTo(1);
        Thread.sleep(1_500);   // a second message, had one been sent, arrives within this
        assertThat(refundMessages(requested.refundNo())).hasSize(1);

        // nothing is left refundable
        assertThatThrownBy(() -> order.requestRefund(new RefundRequest("IT5001A", Money.cny(1), "more", "more:IT5001A",
                List.of()))).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(PaymentError.REFUND_EXCEEDS_PAID)).isTrue();
            assertThat(e.details()).containsEntry("refundableMinor", "0");
        });
    }

    @Test
    void a_partial_refund_leaves_the_rest_refundable_and_one_more_than_that_is_refused_with_nothing_written() {
        paid("IT5002A", 5002, 10_000);
        RefundView first = order.requestRefund(new RefundRequest("IT5002A", Money.cny(3_000), "one item returned",
                "return:IT5002A:1", List.of(new RefundLine("SKU-1", 1))));
        awaitRefund("IT5002A", first.refundNo(), RefundStatus.SUCCEEDED);

        assertThatThrownBy(() -> order.requestRefund(new RefundRequest("IT5002A", Money.cny(7_001), "the rest and a fen",
                "return:IT5002A:2", List.of()))).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(PaymentError.REFUND_EXCEEDS_PAID)).isTrue();
            assertThat(e.details()).containsEntry("refundableMinor", "7000");
        });

        assertThat(order.refundsOfOrder("IT5002A")).singleElement().satisfies(r -> {
            assertThat(r.refundNo()).isEqualTo(first.refundNo());
            assertThat(r.lines()).containsExactly(new RefundLine("SKU-1", 1));
        });
        assertThat(refunds.findByIdempotencyKey("return:IT5002A:2")).isEmpty();
        RefundView rest = order.requestRefund(new RefundRequest("IT5002A", Money.cny(7_000), "the rest",
                "return:IT5002A:3", List.of()));
        awaitRefund("IT5002A", rest.refundNo(), RefundStatus.SUCCEEDED);
        assertThat(order.refundsOfOrder("IT5002A")).extracting(RefundView::refundNo)
                .containsExactly(first.refundNo(), rest.refundNo());
    }

    @Test
    void the_same_idempotency_key_is_the_same_refund_and_with_another_amount_is_refused() {
        paid("IT5003A", 5003, 5_000);
        RefundRequest request = new RefundRequest("IT5003A", Money.cny(2_000), "after-sale", "aftersale:IT5003A", List.of());

        RefundView first = order.requestRefund(request);
        RefundView repeat = order.requestRefund(request);

        assertThat(repeat.refundNo()).isEqualTo(first.refundNo());
        awaitRefund("IT5003A", first.refundNo(), RefundStatus.SUCCEEDED);
        assertThat(order.requestRefund(request).status()).as("answered as it is now").isEqualTo(RefundStatus.SUCCEEDED);
        assertThatThrownBy(() -> order.requestRefund(new RefundRequest("IT5003A", Money.cny(2_001), "after-sale",
                "aftersale:IT5003A", List.of())))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue());
        assertThat(order.refundsOfOrder("IT5003A")).hasSize(1);
    }

    @Test
    void only_kaola_order_may_request_a_refund_and_bad_requests_are_refused() {
        paid("IT5004A", 5004, 1_000);
        RefundRequest request = new RefundRequest("IT5004A", Money.cny(100), "r", "k:IT5004A", List.of());

        assertThatThrownBy(() -> payments.requestRefund(request)).as("the test's own application is not kaola-order")
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.FORBIDDEN)).isTrue());
        assertThatThrownBy(() -> order.requestRefund(new RefundRequest("IT5004-NONE", Money.cny(100), "r", "k:none",
                List.of())))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.NOT_FOUND)).isTrue());
        for (RefundRequest bad : List.of(
                new RefundRequest("IT5004A", Money.cny(0), "r", "k:zero", List.of()),
                new RefundRequest("IT5004A", new Money(100, "USD"), "r", "k:usd", List.of()),
                new RefundRequest("IT5004A", Money.cny(100), " ", "k:reason", List.of()),
                new RefundRequest("IT5004A", Money.cny(100), "r", "k".repeat(65), List.of()),
                new RefundRequest("IT5004A", Money.cny(100), "r", "k:line", List.of(new RefundLine("SKU", 0))))) {
            assertThatThrownBy(() -> order.requestRefund(bad)).as(bad.toString())
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.INVALID_REFUND)).isTrue());
        }
        assertThat(order.refundsOfOrder("IT5004A")).isEmpty();
    }

    @Test
    void a_late_payment_for_an_order_kaola_order_closed_is_refunded_in_full_automatically() throws Exception {
        // the order timed out (CLOSED) while the shopper was paying: kaola-order hears payment-succeeded and records
        // the refund due
        PaymentView payment = paid("IT5005A", 5005, 8_800);
        StandInOrderService.put("IT5005A", 5005, OrderStatus.CLOSED, 8_800);

        payments.recordRefundDue(payment.paymentNo(), RefundDueReason.ORDER_CLOSED);

        RefundView refund = awaitDueRefund(payment.paymentNo(), RefundStatus.SUCCEEDED);
        assertThat(refund.amount()).isEqualTo(Money.cny(8_800));
        assertThat(refund.reason()).isEqualTo("ORDER_CLOSED");
        assertThat(refund.idempotencyKey()).isEqualTo("due:" + payment.paymentNo());
        await().atMost(Duration.ofSeconds(20)).until(() -> !refundMessages(refund.refundNo()).isEmpty());
        payments.recordRefundDue(payment.paymentNo(), RefundDueReason.ORDER_CLOSED);   // a repeat: the same refund
        assertThat(order.refundsOfOrder("IT5005A")).singleElement().extracting(RefundView::refundNo)
                .isEqualTo(refund.refundNo());
    }

    @Test
    void money_paid_by_someone_other_than_the_buyer_goes_back_to_them_automatically() throws Exception {
        givenOrder("IT5006A", 5006, OrderStatus.PENDING_PAYMENT, 4_400);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(5006, "IT5006A"));
        assertThat(confirm(payment, "李四", OTHER_PAYER).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(5006, payment.paymentNo()).status() == PaymentStatus.FAILED);

        RefundView refund = awaitDueRefund(payment.paymentNo(), RefundStatus.SUCCEEDED);

        assertThat(refund.reason()).isEqualTo("PAYER_NOT_BUYER");
        assertThat(refund.amount()).isEqualTo(Money.cny(4_400));
    }

    @Test
    void concurrent_refund_requests_on_one_payment_never_refund_more_than_was_paid() throws Exception {
        paid("IT5007A", 5007, 2_000);
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                int k = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    try {
                        return order.requestRefund(new RefundRequest("IT5007A", Money.cny(300), "concurrent",
                                "concurrent:IT5007A:" + k, List.of())).status().name();
                    } catch (KaolaException e) {
                        return e.code();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> a : answers) outcomes.add(a.get(30, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(o -> o.equals("PENDING") || o.equals("SUCCEEDED")).hasSize(6);   // 6 × 300 ≤ 2,000 < 7 × 300
            assertThat(outcomes).filteredOn(o -> o.equals("PAYMENT_REFUND_EXCEEDS_PAID")).hasSize(n - 6);
        } finally {
            pool.shutdownNow();
        }
        List<RefundView> recorded = order.refundsOfOrder("IT5007A");
        assertThat(recorded).hasSize(6);
        assertThat(recorded.stream().mapToLong(r -> r.amount().minor()).sum()).isEqualTo(1_800);
        await().atMost(Duration.ofSeconds(20)).until(() -> order.refundsOfOrder("IT5007A").stream()
                .allMatch(r -> r.status() == RefundStatus.SUCCEEDED));
        assertThat(sandbox.findRefund(recorded.get(0).refundNo())).isPresent();
    }

    @Test
    void a_failed_refund_is_recorded_without_a_message_listed_for_ops_and_its_amount_is_refundable_again()
            throws Exception {
        PaymentView payment = paid("IT5008A", 5008, 3_000);
        // recorded PENDING as if the provider had acknowledged it; then the provider reports it FAILED
        Refund pending = Refund.request("R-IT-5008-1", payment.paymentNo(), "IT5008A", 5008, Money.cny(3_000),
                "ops", "ops:IT5008A:1", List.of(), "sandbox", Instant.now());
        assertThat(refunds.insert(pending)).isTrue();
        assertThat(refunds.recordAck(pending.refundNo(), "SBXR-IT-5008", Instant.now())).isTrue();
        String failed = SandboxRefundNotification.bodyOf(pending.refundNo(), payment.paymentNo(), "SBXR-IT-5008", 3_000,
                "CNY", "FAILED", Instant.parse("2026-01-08T10:00:00Z"), "the payer's account is closed");
        String mismatched = SandboxRefundNotification.bodyOf(pending.refundNo(), payment.paymentNo(), "SBXR-IT-5008",
                2_999, "CNY", "FAILED", Instant.parse("2026-01-08T10:00:00Z"), "x");
        String unknown = SandboxRefundNotification.bodyOf("R-IT-404", payment.paymentNo(), "SBXR-IT-404", 3_000, "CNY",
                "SUCCEEDED", Instant.now(), null);

        assertThatThrownBy(() -> payments.acceptRefundNotification(signed(mismatched)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.AMOUNT_MISMATCH)).isTrue());
        assertThatThrownBy(() -> payments.acceptRefundNotification(signed(unknown)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.REFUND_NOT_FOUND)).isTrue());
        assertThat(refunds.find(pending.refundNo()).orElseThrow().status()).isEqualTo(RefundStatus.PENDING);
        NotificationResult first = payments.acceptRefundNotification(signed(failed));
        NotificationResult repeat = payments.acceptRefundNotification(signed(failed));

        assertThat(first).isEqualTo(new NotificationResult(payment.paymentNo(), false, PaymentStatus.SUCCEEDED));
        assertThat(repeat.duplicate()).isTrue();
        Refund decided = refunds.find(pending.refundNo()).orElseThrow();
        assertThat(decided.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(decided.failureReason()).isEqualTo("the payer's account is closed");
        assertThat(refunds.countNotifications(pending.refundNo())).isEqualTo(1);
        Page<RefundView> failedOnes = payments.listRefunds(RefundStatus.FAILED, new PageRequest(0, 100));
        assertThat(failedOnes.items()).extracting(RefundView::refundNo).contains(pending.refundNo());
        assertThat(payments.listRefunds(RefundStatus.SUCCEEDED, new PageRequest(0, 100)).items())
                .extracting(RefundView::refundNo).doesNotContain(pending.refundNo());
        RefundView again = order.requestRefund(new RefundRequest("IT5008A", Money.cny(3_000), "again", "ops:IT5008A:2",
                List.of()));
        awaitRefund("IT5008A", again.refundNo(), RefundStatus.SUCCEEDED);
        Thread.sleep(1_000);
        assertThat(refundMessages(pending.refundNo())).as("no message for a FAILED refund").isEmpty();
    }

    @Test
    void a_refund_the_provider_never_acknowledged_is_asked_again_by_the_retry_job() {
        PaymentView payment = paid("IT5009A", 5009, 6_000);
        // as if the process had stopped between the commit and the provider call (or the provider was down)
        Refund pending = Refund.request("R-IT-5009-1", payment.paymentNo(), "IT5009A", 5009, Money.cny(6_000),
                "provider was down", "down:IT5009A", List.of(), "sandbox", Instant.now().minusSeconds(30));
        assertThat(refunds.insert(pending)).isTrue();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> refunds.find(pending.refundNo()).orElseThrow().status() == RefundStatus.SUCCEEDED);
        Refund done = refunds.find(pending.refundNo()).orElseThrow();
        assertThat(done.providerAckedAt()).isNotNull();
        assertThat(sandbox.findRefund(pending.refundNo()).orElseThrow().status()).isEqualTo(SandboxRefundStatus.SUCCEEDED);
    }

    @Test
    void the_check_back_of_a_refund_succeeded_message_answers_from_the_refund() {
        PaymentView payment = paid("IT5010A", 5010, 1_500);
        RefundView refund = order.requestRefund(new RefundRequest("IT5010A", Money.cny(1_500), "r", "check:IT5010A",
                List.of()));
        awaitRefund("IT5010A", refund.refundNo(), RefundStatus.SUCCEEDED);
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;

        assertThat(transactionListener.checkLocalTransaction(halfMessage(refund.refundNo(), twoMinutesAgo)))
                .isEqualTo(LocalTransactionState.COMMIT_MESSAGE);
        assertThat(transactionListener.checkLocalTransaction(halfMessage("R-NONE", System.currentTimeMillis())))
                .as("maybe still being written").isEqualTo(LocalTransactionState.UNKNOW);
        assertThat(transactionListener.checkLocalTransaction(halfMessage("R-NONE", twoMinutesAgo)))
                .isEqualTo(LocalTransactionState.ROLLBACK_MESSAGE);
        assertThat(payment.paymentNo()).isNotBlank();
    }

    private PaymentView paid(String orderNo, long buyerId, long fen) {
        givenOrder(orderNo, buyerId, OrderStatus.PENDING_PAYMENT, fen);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(buyerId, orderNo));
        try {
            assertThat(confirmAsBuyer(payment).statusCode()).isEqualTo(202);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(buyerId, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        return payment;
    }

    private RefundView awaitRefund(String orderNo, String refundNo, RefundStatus status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> payments.refundsOfOrder(orderNo).stream()
                .anyMatch(r -> r.refundNo().equals(refundNo) && r.status() == status));
        return payments.refundsOfOrder(orderNo).stream().filter(r -> r.refundNo().equals(refundNo)).findFirst().orElseThrow();
    }

    private RefundView awaitDueRefund(String paymentNo, RefundStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> refunds.findByIdempotencyKey("due:" + paymentNo)
                .map(r -> r.status() == status).orElse(false));
        Refund refund = refunds.findByIdempotencyKey("due:" + paymentNo).orElseThrow();
        return io.kaola.payment.refund.application.RefundQueries.view(refund);
    }

    private static List<String> refundMessages(String refundNo) { return REFUNDS_RECEIVED.getOrDefault(refundNo, List.of()); }

    private static MessageExt halfMessage(String refundNo, long bornAtMs) {
        MessageExt message = new MessageExt();
        message.setTopic(RefundSucceeded.TOPIC);
        message.setKeys(refundNo);
        message.setBornTimestamp(bornAtMs);
        return message;
    }
}
