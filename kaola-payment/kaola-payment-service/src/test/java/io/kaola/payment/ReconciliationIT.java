package io.kaola.payment;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.FindingKind;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ReconciliationFinding;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationService;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
import io.kaola.payment.api.RepairOutcome;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Reconciliation against the sandbox provider's own ledgers, real MariaDB, ZooKeeper and RocketMQ, called as
 * kaola-gateway over the service plane's mutual TLS: mismatches are seeded as a third party would leave them (the
 * sandbox ledger written directly: money taken or refunded whose notification never arrived, another amount), then a
 * run repairs what is safe through the notification paths (one message each) and lists the rest. The database is
 * shared with the other ITs, so each check looks at this test's own payments and refunds. Its context is closed
 * after the class: it may run before PaymentProviderStartIT, whose context needs the RocketMQ producer groups free.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReconciliationIT extends PaymentItSupport {
    private ServicePlaneClient asGateway;
    private ServicePlaneClient asOrder;
    private ReconciliationService reconciliation;
    private PaymentService order;

    @Autowired RefundRepository refunds;
    @Autowired ApplicationContext context;

    @BeforeEach
    void clients() {
        asGateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials());
        reconciliation = asGateway.reference(ReconciliationService.class,
                ServicePlaneClient.providerAddress(context, ReconciliationService.class));
        asOrder = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials());
        order = asOrder.reference(PaymentService.class, ServicePlaneClient.providerAddress(context, PaymentService.class));
    }

    @AfterEach
    void close() {
        asGateway.close();
        asOrder.close();
    }

    @Test
    void money_the_provider_took_without_a_notification_is_repaired_once_with_one_message_and_a_second_run_finds_nothing()
            throws Exception {
        givenOrder("IT6001A", 6001, OrderStatus.PENDING_PAYMENT, 4_321);
        PaymentView payment = payments.createPayment(new CreatePaymentRequest(6001, "IT6001A"));
        String txn = providerTakes(payment.paymentNo(), 4_321);   // the notification never arrives

        ReconciliationReport report = reconciliation.run();

        assertThat(report.trigger()).isEqualTo(ReconciliationTrigger.OPS);
        assertThat(findingsOf(report, payment.paymentNo())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PROVIDER_PAID_NOT_RECORDED);
            assertThat(f.repair()).isEqualTo(RepairOutcome.REPAIRED);
            assertThat(f.repairDetail()).contains("SUCCEEDED").contains(txn);
            assertThat(f.atProvider()).isEqualTo(Money.cny(4_321));
        });
        PaymentView now = payments.getPayment(6001, payment.paymentNo());
        assertThat(now.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(repository.find(payment.paymentNo()).orElseThrow().providerTxnId()).isEqualTo(txn);
        assertThat(repository.countNotifications(payment.paymentNo())).as("recorded like a notification").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !messagesFor(payment.paymentNo()).isEmpty());
        assertThat(json.readTree(messagesFor(payment.paymentNo()).get(0)).path("providerTxnId").asText()).isEqualTo(txn);

        ReconciliationReport second = reconciliation.run();

        assertThat(findingsOf(second, payment.paymentNo())).as("nothing left to find").isEmpty();
        Thread.sleep(1_500);   // a second message, had one been sent, arrives within this
        assertThat(messagesFor(payment.paymentNo())).hasSize(1);
        assertThat(reconciliation.latest().reportId()).isEqualTo(second.reportId());
        assertThat(second.findings()).noneMatch(f -> f.repair() == RepairOutcome.REPAIRED
                && payment.paymentNo().equals(f.paymentNo()));
    }

    @Test
    void a_lost_refund_notification_is_repaired_another_amount_and_a_refund_without_cause_are_listed_and_totals_add_up()
            throws Exception {
        // a refund the provider made whose notification was lost
        PaymentView refunded = paid("IT6002A", 6002, 5_000);
        String refundNo = "RIT" + System.currentTimeMillis() + ThreadLocalRandom.current().nextInt(1000, 9999);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(refunds.insert(Refund.request(refundNo, refunded.paymentNo(), "IT6002A", 6002, Money.cny(2_000),
                "cancelled", "order:IT6002A", List.of(), "sandbox", asked))).isTrue();
        String providerRefundId = "SBXR" + Long.toHexString(System.nanoTime());
        assertThat(refunds.recordAck(refundNo, providerRefundId, asked)).isTrue();
        providerRefunds(refundNo, refunded.paymentNo(), 2_000, providerRefundId);
        // money taken for another amount than ours
        givenOrder("IT6003A", 6003, OrderStatus.PENDING_PAYMENT, 7_000);
        PaymentView differs = payments.createPayment(new CreatePaymentRequest(6003, "IT6003A"));
        providerTakes(differs.paymentNo(), 7_001);
        // a refund without a cancel, return or refund due
        paid("IT6004A", 6004, 3_000);
        RefundView goodwill = order.requestRefund(new RefundRequest("IT6004A", Money.cny(1_000), "goodwill",
                "goodwill:IT6004A", List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> payments.refundsOfOrder("IT6004A").stream()
                .anyMatch(r -> r.status() == RefundStatus.SUCCEEDED));
        // an order kaola-order cannot answer for
        PaymentView unchecked = paid("IT6005A", 6005, 1_200);
        StandInOrderService.unreachable("IT6005A");

        ReconciliationReport report = reconciliation.run();

        assertThat(findingsOf(report, refunded.paymentNo())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.REFUND_AT_PROVIDER_NOT_RECORDED);
            assertThat(f.refundNo()).isEqualTo(refundNo);
            assertThat(f.repair()).isEqualTo(RepairOutcome.REPAIRED);
        });
        assertThat(refunds.find(refundNo).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> !REFUNDS_RECEIVED.getOrDefault(refundNo, List.of()).isEmpty());
        assertThat(findingsOf(report, differs.paymentNo())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.AMOUNT_DIFFERS);
            assertThat(f.repair()).isEqualTo(RepairOutcome.LISTED);
            assertThat(f.ours()).isEqualTo(Money.cny(7_000));
            assertThat(f.atProvider()).isEqualTo(Money.cny(7_001));
        });
        assertThat(payments.getPayment(6003, differs.paymentNo()).status()).as("not repaired").isEqualTo(PaymentStatus.PENDING);
        assertThat(report.findings()).filteredOn(f -> goodwill.refundNo().equals(f.refundNo())).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.REFUND_WITHOUT_CAUSE);
                    assertThat(f.repair()).isEqualTo(RepairOutcome.LISTED);
                    assertThat(f.detail()).contains("goodwill:IT6004A");
                });
        assertThat(findingsOf(report, unchecked.paymentNo())).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.ORDER_UNCHECKED));

        // totals are the sums of our books over the report's window; counts and repaired/listed add up
        assertThat(report.totals().paymentsSucceeded().minor()).isEqualTo(sum(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM payment_order WHERE status = 'SUCCEEDED'"
                        + " AND succeeded_at >= ? AND succeeded_at < ?", report));
        assertThat(report.totals().refundsSucceeded().minor()).isEqualTo(sum(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM refund WHERE status = 'SUCCEEDED'"
                        + " AND decided_at >= ? AND decided_at < ?", report));
        assertThat(report.totals().net().minor())
                .isEqualTo(report.totals().paymentsSucceeded().minor() - report.totals().refundsSucceeded().minor());
        assertThat(report.totals().paymentsSucceeded().minor()).isGreaterThanOrEqualTo(5_000 + 3_000 + 1_200);
        assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.findings().size());
        assertThat(report.repaired() + report.listed()).isEqualTo(report.findings().size());
        assertThat(report.to()).isAfter(report.from());
        assertThat(Duration.between(report.from(), report.to())).isEqualTo(Duration.ofHours(24));
        assertThat(reconciliation.latest()).as("stored, read back from the table").isEqualTo(report);
    }

    @Test
    void only_the_gateway_may_run_a_reconciliation() {
        ReconciliationService asSelf = remote.reconciliation();
        assertThatThrownBy(asSelf::run).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(CommonError.FORBIDDEN)).isTrue());
    }

    private static List<ReconciliationFinding> findingsOf(ReconciliationReport report, String paymentNo) {
        return report.findings().stream().filter(f -> paymentNo.equals(f.paymentNo())).toList();
    }

    /** The provider takes {@code fen} for the payment, as its ledger records it; no notification is sent. */
    private String providerTakes(String paymentNo, long fen) throws Exception {
        String txn = "SBX" + Long.toHexString(System.nanoTime()) + "0000000000";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE sandbox_transaction SET status = 'PAID', provider_txn_id = ?, paid_at = ?, amount_minor = ?,"
                        + " cert_check_result = 'SAME', confirm_token_hash = NULL, confirm_token_expires_at = NULL"
                        + " WHERE payment_no = ? AND status = 'OPEN'")) {
            s.setString(1, txn);
            s.setTimestamp(2, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            s.setLong(3, fen);
            s.setString(4, paymentNo);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return txn;
    }

    /** The provider refunds, as its refund ledger records it; no notification is sent. */
    private void providerRefunds(String refundNo, String paymentNo, long fen, String providerRefundId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO sandbox_refund (refund_no, payment_no, amount_minor, currency, status, provider_refund_id,"
                        + " requested_at, refunded_at) VALUES (?, ?, ?, 'CNY', 'SUCCEEDED', ?, ?, ?)")) {
            s.setString(1, refundNo);
            s.setString(2, paymentNo);
            s.setLong(3, fen);
            s.setString(4, providerRefundId);
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private long sum(String sql, ReconciliationReport report) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(report.from()));
            s.setTimestamp(2, Timestamp.from(report.to()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A payment the buyer made and kaola-order recorded (the order PAID by it). */
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
        StandInOrderService.put(orderNo, buyerId, OrderStatus.PAID, fen);
        return payment;
    }
}
