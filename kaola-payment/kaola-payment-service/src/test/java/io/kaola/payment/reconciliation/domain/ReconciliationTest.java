package io.kaola.payment.reconciliation.domain;

import io.kaola.common.money.Money;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.FindingKind;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.payment.reconciliation.domain.Reconciliation.Finding;
import io.kaola.payment.reconciliation.domain.Reconciliation.OrderCheck;
import io.kaola.payment.reconciliation.domain.Reconciliation.OrderFacts;
import io.kaola.payment.reconciliation.domain.Reconciliation.Repair;
import io.kaola.payment.reconciliation.domain.Reconciliation.Window;
import io.kaola.payment.refund.domain.Refund;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of {@link Reconciliation}, one kind at a time, and what agrees produces nothing. */
class ReconciliationTest {
    private static final Instant TO = Instant.parse("2026-03-02T18:30:00Z");
    private static final Window WINDOW = new Window(TO.minus(Duration.ofHours(24)), TO);
    private static final Instant NOON = TO.minus(Duration.ofHours(6));

    @Test
    void what_agrees_finds_nothing() {
        PaymentOrder paid = succeeded("P1", "O1", 1_000, "T1");
        Refund refunded = refund("R1", paid, 400, RefundStatus.SUCCEEDED, "order:O1");
        List<Finding> findings = Reconciliation.compareWithProvider(WINDOW,
                List.of(StatementEntry.payment("P1", "T1", Money.cny(1_000), NOON),
                        StatementEntry.refund("P1", "R1", "TR1", Money.cny(400), NOON.plusSeconds(60))),
                List.of(paid), List.of(refunded));
        assertThat(findings).isEmpty();
        assertThat(Reconciliation.compareWithOrders(TO, List.of(facts(OrderCheck.found("O1", OrderStatus.REFUNDED, "P1"),
                List.of(paid), List.of(refunded))))).isEmpty();
        assertThat(Reconciliation.refundCauses(List.of(refunded))).isEmpty();
    }

    @Test
    void money_taken_for_a_pending_payment_is_provider_paid_not_recorded_and_repairable() {
        PaymentOrder pending = pending("P1", "O1", 1_000);
        Finding f = single(Reconciliation.compareWithProvider(WINDOW,
                List.of(StatementEntry.payment("P1", "T1", Money.cny(1_000), NOON)), List.of(pending), List.of()));
        assertThat(f.kind()).isEqualTo(FindingKind.PROVIDER_PAID_NOT_RECORDED);
        assertThat(f.repair()).isEqualTo(Repair.APPLY_PROVIDER_PAYMENT);
        assertThat(f.atProvider()).isEqualTo(Money.cny(1_000));
        assertThat(f.entry().providerId()).isEqualTo("T1");
    }

    @Test
    void money_taken_for_a_closed_payment_without_refund_due_is_repairable_and_with_it_agrees() {
        PaymentOrder closed = new PaymentOrder("P1", "O1", 7, Money.cny(1_000), PaymentStatus.CLOSED, "sandbox", null,
                null, NOON.minusSeconds(600), null, null, NOON.minusSeconds(60), null, null);
        StatementEntry line = StatementEntry.payment("P1", "T1", Money.cny(1_000), NOON);
        assertThat(single(Reconciliation.compareWithProvider(WINDOW, List.of(line), List.of(closed), List.of())).repair())
                .isEqualTo(Repair.APPLY_PROVIDER_PAYMENT);
        PaymentOrder due = new PaymentOrder("P1", "O1", 7, Money.cny(1_000), PaymentStatus.CLOSED, "sandbox", "T1",
                null, NOON.minusSeconds(600), null, null, NOON.minusSeconds(60), RefundDueReason.PAYMENT_CLOSED, NOON);
        assertThat(Reconciliation.compareWithProvider(WINDOW, List.of(line), List.of(due), List.of())).isEmpty();
    }

    @Test
    void money_taken_for_an_unknown_payment_or_by_a_second_transaction_is_listed() {
        StatementEntry unknown = StatementEntry.payment("P9", "T9", Money.cny(1_000), NOON);
        StatementEntry twice = StatementEntry.payment("P1", "T2", Money.cny(1_000), NOON);
        List<Finding> findings = Reconciliation.compareWithProvider(WINDOW, List.of(unknown, twice),
                List.of(succeeded("P1", "O1", 1_000, "T1")), List.of());
        assertThat(findings).extracting(Finding::kind).containsOnly(FindingKind.PROVIDER_PAID_NOT_RECORDED);
        assertThat(findings).extracting(Finding::repair).containsOnly(Repair.NONE);
        assertThat(findings).hasSize(2);
    }

    @Test
    void another_amount_of_a_payment_or_of_a_refund_is_amount_differs_listed() {
        PaymentOrder pending = pending("P1", "O1", 1_000);
        PaymentOrder paid = succeeded("P2", "O2", 2_000, "T2");
        Refund refund = refund("R2", paid, 500, RefundStatus.PENDING, "order:O2");
        List<Finding> findings = Reconciliation.compareWithProvider(WINDOW,
                List.of(StatementEntry.payment("P1", "T1", Money.cny(1_001), NOON),
                        StatementEntry.payment("P2", "T2", Money.cny(2_000), NOON),
                        StatementEntry.refund("P2", "R2", "TR2", Money.cny(499), NOON)),
                List.of(pending, paid), List.of(refund));
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.AMOUNT_DIFFERS, FindingKind.AMOUNT_DIFFERS);
        assertThat(findings).extracting(Finding::repair).containsOnly(Repair.NONE);
        assertThat(findings.get(0).ours()).isEqualTo(Money.cny(1_000));
        assertThat(findings.get(0).atProvider()).isEqualTo(Money.cny(1_001));
        assertThat(findings.get(1).refundNo()).isEqualTo("R2");
    }

    @Test
    void ours_succeeded_but_not_on_the_statement_is_recorded_not_at_provider_except_in_flight_at_the_end() {
        PaymentOrder paid = succeeded("P1", "O1", 1_000, "T1");
        Refund refund = refund("R1", paid, 300, RefundStatus.SUCCEEDED, "order:O1");
        PaymentOrder justPaid = new PaymentOrder("P2", "O2", 7, Money.cny(5), PaymentStatus.SUCCEEDED, "sandbox", "T2",
                null, TO.minusSeconds(120), TO.minusSeconds(60), null, null, null, null);
        List<Finding> findings = Reconciliation.compareWithProvider(WINDOW, List.of(), List.of(paid, justPaid),
                List.of(refund));
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.RECORDED_NOT_AT_PROVIDER,
                FindingKind.RECORDED_NOT_AT_PROVIDER);
        assertThat(findings).extracting(Finding::paymentNo).containsExactly("P1", "P1");
        assertThat(findings.get(1).refundNo()).isEqualTo("R1");
    }

    @Test
    void a_refund_at_the_provider_pending_here_is_repairable_failed_or_unknown_here_is_listed() {
        PaymentOrder paid = succeeded("P1", "O1", 1_000, "T1");
        Refund pending = refund("R1", paid, 100, RefundStatus.PENDING, "order:O1");
        Refund failed = refund("R2", paid, 200, RefundStatus.FAILED, "return:RT1");
        List<Finding> findings = Reconciliation.compareWithProvider(WINDOW, List.of(
                        StatementEntry.payment("P1", "T1", Money.cny(1_000), NOON),
                        StatementEntry.refund("P1", "R1", "TR1", Money.cny(100), NOON),
                        StatementEntry.refund("P1", "R2", "TR2", Money.cny(200), NOON),
                        StatementEntry.refund("P1", "R3", "TR3", Money.cny(300), NOON)),
                List.of(paid), List.of(pending, failed));
        assertThat(findings).extracting(Finding::kind).containsOnly(FindingKind.REFUND_AT_PROVIDER_NOT_RECORDED);
        assertThat(findings).extracting(Finding::refundNo).containsExactly("R1", "R2", "R3");
        assertThat(findings).extracting(Finding::repair).containsExactly(Repair.APPLY_PROVIDER_REFUND, Repair.NONE, Repair.NONE);
    }

    @Test
    void a_succeeded_payment_of_a_missing_closed_unpaid_or_otherwise_paid_order_is_paid_no_order_unless_refunded() {
        PaymentOrder p1 = succeeded("P1", "O1", 1_000, "T1");
        PaymentOrder p2 = succeeded("P2", "O2", 1_000, "T2");
        PaymentOrder p3 = succeeded("P3", "O3", 1_000, "T3");
        PaymentOrder p4 = succeeded("P4", "O4", 1_000, "T4");
        PaymentOrder p5 = succeeded("P5", "O5", 1_000, "T5");
        List<Finding> findings = Reconciliation.compareWithOrders(TO, List.of(
                facts(OrderCheck.notFound("O1"), List.of(p1), List.of()),
                facts(OrderCheck.found("O2", OrderStatus.CLOSED, null), List.of(p2), List.of()),
                facts(OrderCheck.found("O3", OrderStatus.PENDING_PAYMENT, null), List.of(p3), List.of()),
                facts(OrderCheck.found("O4", OrderStatus.PAID, "P-OTHER"), List.of(p4), List.of()),
                // refunded (a refund not FAILED) or due: its money is going back
                facts(OrderCheck.found("O5", OrderStatus.CLOSED, null), List.of(p5),
                        List.of(refund("R5", p5, 1_000, RefundStatus.PENDING, "due:P5")))));
        assertThat(findings).extracting(Finding::kind).containsOnly(FindingKind.PAID_NO_ORDER);
        assertThat(findings).extracting(Finding::paymentNo).containsExactly("P1", "P2", "P3", "P4");
        PaymentOrder due = new PaymentOrder("P6", "O6", 7, Money.cny(1), PaymentStatus.SUCCEEDED, "sandbox", "T6", null,
                NOON, NOON, null, null, RefundDueReason.ORDER_CLOSED, NOON);
        assertThat(Reconciliation.compareWithOrders(TO, List.of(facts(OrderCheck.found("O6", OrderStatus.CLOSED, null),
                List.of(due), List.of())))).isEmpty();
    }

    @Test
    void a_payment_succeeded_moments_ago_whose_order_is_still_unpaid_is_in_flight_not_a_finding() {
        PaymentOrder justPaid = new PaymentOrder("P1", "O1", 7, Money.cny(5), PaymentStatus.SUCCEEDED, "sandbox", "T1",
                null, TO.minusSeconds(120), TO.minusSeconds(60), null, null, null, null);
        assertThat(Reconciliation.compareWithOrders(TO, List.of(facts(
                OrderCheck.found("O1", OrderStatus.PENDING_PAYMENT, null), List.of(justPaid), List.of())))).isEmpty();
    }

    @Test
    void an_order_paid_or_later_without_a_succeeded_payment_is_order_paid_no_payment() {
        PaymentOrder pending = pending("P1", "O1", 1_000);
        Finding f = single(Reconciliation.compareWithOrders(TO, List.of(facts(
                OrderCheck.found("O1", OrderStatus.SHIPPED, "P1"), List.of(pending), List.of()))));
        assertThat(f.kind()).isEqualTo(FindingKind.ORDER_PAID_NO_PAYMENT);
        assertThat(f.paymentNo()).isEqualTo("P1");
        assertThat(f.detail()).contains("SHIPPED").contains("P1 PENDING");
        assertThat(Reconciliation.compareWithOrders(TO, List.of(facts(
                OrderCheck.found("O1", OrderStatus.PENDING_PAYMENT, null), List.of(pending), List.of())))).isEmpty();
    }

    @Test
    void an_order_kaola_order_could_not_answer_for_is_unchecked_not_a_crash() {
        PaymentOrder paid = succeeded("P1", "O1", 1_000, "T1");
        Finding f = single(Reconciliation.compareWithOrders(TO, List.of(facts(
                OrderCheck.unchecked("O1", "COMMON_SERVICE_UNAVAILABLE"), List.of(paid), List.of()))));
        assertThat(f.kind()).isEqualTo(FindingKind.ORDER_UNCHECKED);
        assertThat(f.detail()).contains("COMMON_SERVICE_UNAVAILABLE");
    }

    @Test
    void a_refund_whose_key_is_no_known_cause_is_refund_without_cause() {
        PaymentOrder paid = succeeded("P1", "O1", 1_000, "T1");
        List<Refund> refunds = List.of(
                refund("R1", paid, 1, RefundStatus.SUCCEEDED, "order:O1"),
                refund("R2", paid, 1, RefundStatus.SUCCEEDED, "return:RT-7"),
                refund("R3", paid, 1, RefundStatus.PENDING, "due:P1"),
                refund("R4", paid, 1, RefundStatus.SUCCEEDED, "goodwill:O1"),
                refund("R5", paid, 1, RefundStatus.SUCCEEDED, "order:O2"),
                refund("R6", paid, 1, RefundStatus.FAILED, "due:P2"),
                refund("R7", paid, 1, RefundStatus.SUCCEEDED, "return:"));
        List<Finding> findings = Reconciliation.refundCauses(refunds);
        assertThat(findings).extracting(Finding::refundNo).containsExactly("R4", "R5", "R6", "R7");
        assertThat(findings).extracting(Finding::kind).containsOnly(FindingKind.REFUND_WITHOUT_CAUSE);
    }

    @Test
    void totals_are_our_succeeded_payments_and_refunds_of_the_window_each_once() {
        PaymentOrder a = succeeded("P1", "O1", 1_000, "T1");
        PaymentOrder b = succeeded("P2", "O2", 2_500, "T2");
        PaymentOrder before = new PaymentOrder("P3", "O3", 7, Money.cny(99), PaymentStatus.SUCCEEDED, "sandbox", "T3",
                null, WINDOW.from().minusSeconds(60), WINDOW.from().minusSeconds(1), null, null, null, null);
        List<Refund> refunds = List.of(refund("R1", a, 300, RefundStatus.SUCCEEDED, "order:O1"),
                refund("R2", a, 200, RefundStatus.PENDING, "order:O1"));
        var totals = Reconciliation.totals(WINDOW, List.of(a, b, before, a, pending("P4", "O4", 7)), refunds);
        assertThat(totals.paymentsSucceeded()).isEqualTo(Money.cny(3_500));
        assertThat(totals.refundsSucceeded()).isEqualTo(Money.cny(300));
        assertThat(totals.net()).isEqualTo(Money.cny(3_200));
        assertThat(Reconciliation.counts(List.of(FindingKind.AMOUNT_DIFFERS, FindingKind.AMOUNT_DIFFERS)))
                .containsEntry(FindingKind.AMOUNT_DIFFERS, 2).containsEntry(FindingKind.PAID_NO_ORDER, 0)
                .hasSize(FindingKind.values().length);
    }

    @Test
    void a_window_must_not_be_empty_and_its_statement_starts_in_flight_earlier() {
        assertThatThrownBy(() -> new Window(TO, TO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(WINDOW.statementWindow().from()).isEqualTo(WINDOW.from().minus(Reconciliation.IN_FLIGHT));
        assertThat(WINDOW.contains(WINDOW.from())).isTrue();
        assertThat(WINDOW.contains(TO)).isFalse();
    }

    private static Finding single(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static OrderFacts facts(OrderCheck check, List<PaymentOrder> payments, List<Refund> refunds) {
        return new OrderFacts(check, payments, refunds);
    }

    private static PaymentOrder pending(String paymentNo, String orderNo, long fen) {
        return PaymentOrder.open(paymentNo, orderNo, 7, Money.cny(fen), "sandbox", NOON.minusSeconds(600));
    }

    private static PaymentOrder succeeded(String paymentNo, String orderNo, long fen, String txn) {
        return new PaymentOrder(paymentNo, orderNo, 7, Money.cny(fen), PaymentStatus.SUCCEEDED, "sandbox", txn, null,
                NOON.minusSeconds(600), NOON, null, null, null, null);
    }

    private static Refund refund(String refundNo, PaymentOrder payment, long fen, RefundStatus status, String key) {
        Instant decided = status == RefundStatus.PENDING ? null : NOON.plusSeconds(60);
        return new Refund(refundNo, payment.paymentNo(), payment.orderNo(), 7, Money.cny(fen), status, "why", key,
                List.of(), "sandbox", "TR-" + refundNo, NOON, status == RefundStatus.FAILED ? "refused" : null,
                NOON.plusSeconds(30), decided);
    }
}
